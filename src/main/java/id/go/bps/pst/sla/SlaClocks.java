package id.go.bps.pst.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.calendar.WorkingDayCalendar;
import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.sla.domain.SlaClock;
import id.go.bps.pst.sla.domain.SlaClockRepository;
import id.go.bps.pst.sla.domain.WorkingTime;

/**
 * The public face of the SLA module: one clock per request, in its office's working time (zone, service hours,
 * working weekdays, holidays, cuti bersama and regional holidays, read from the calendar on every call so an
 * admin's change counts at once). Budgets come from {@link SlaSettings}.
 */
@Service
@Transactional
public class SlaClocks {

    /** Holidays are read from the clock's start to a year past the latest instant: far beyond any due date. */
    private static final int HORIZON_DAYS = 366;
    private static final Duration TIMER_TOLERANCE = Duration.ofMinutes(1);

    private final SlaClockRepository clocks;
    private final Offices offices;
    private final WorkingDayCalendar calendar;
    private final SlaSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    public SlaClocks(SlaClockRepository clocks, Offices offices, WorkingDayCalendar calendar, SlaSettings settings,
                     ApplicationEventPublisher events) {
        this.clocks = clocks;
        this.offices = offices;
        this.calendar = calendar;
        this.settings = settings;
        this.events = events;
    }

    /** Starts the request's clock unless it has one: the process may pass its start point again (a correction). */
    public void open(String requestNumber, String officeCode, SlaService service, Instant at) {
        if (!clocks.existsByRequestNumber(requestNumber)) {
            start(requestNumber, officeCode, service, at);
        }
    }

    /**
     * The customer starts holding the ball for {@code awaits} and gives it back for {@code releases} (see
     * {@code SlaClock.changeWaits}). Without a clock nothing happens: waits before the documents are complete
     * never count, the clock has not started.
     */
    public void changeWaits(String requestNumber, Set<PauseReason> awaits, Set<PauseReason> releases, Instant at) {
        clocks.findByRequestNumber(requestNumber).ifPresent(found -> {
            if (found.state() != ClockState.STOPPED) {
                ClockState before = found.state();
                WorkingTime time = workingTime(found, at);
                if (found.changeWaits(awaits, releases, at, time)
                        && (before == ClockState.RUNNING || found.state() == ClockState.RUNNING)) {
                    // paused before and after (one customer wait handed to another): no date moves, no timer moves
                    changed(found, time);
                }
            }
        });
    }

    /** Stops the clock at delivery ({@code delivered}) or cancellation; a stopped or missing clock stays as it is. */
    public void close(String requestNumber, Instant at, boolean delivered) {
        clocks.findByRequestNumber(requestNumber).filter(c -> c.state() != ClockState.STOPPED).ifPresent(found -> {
            WorkingTime time = workingTime(found, at);
            if (delivered) {
                found.stop(at, time);
            } else {
                found.cancel(at, time);
            }
            changed(found, time);
        });
    }

    /** The request numbers of every clock not stopped (running or paused), for the timer reconciliation. */
    @Transactional(readOnly = true)
    public List<String> openRequestNumbers() {
        return clocks.openRequestNumbers();
    }

    /** The due date and the escalation timers of the request's clock, if it has one. */
    @Transactional(readOnly = true)
    public Optional<SlaDueDates> dueDates(String requestNumber) {
        return clocks.findByRequestNumber(requestNumber).map(found -> dueDates(found, workingTime(found,
                clock.instant())));
    }

    /**
     * The warning timer fired: counted once, and only when the clock says so (running, not warned yet, its warning
     * point reached). A timer that fires when it should not (its move after a clock change was lost in a crash, say)
     * answers false and the process escalates nothing.
     */
    public boolean recordWarning(String requestNumber, Instant at) {
        SlaClock found = require(requestNumber);
        WorkingTime time = workingTime(found, at);
        if (!reached(found.warningDue(warningLeft(time), time), at)) {
            return false;
        }
        found.markWarned(at);
        changed(found, time);
        return true;
    }

    /**
     * The breach timer fired: the request is breached for good, when the clock says so (running, not breached yet,
     * its due date reached); false, and nothing recorded, otherwise.
     */
    public boolean recordBreach(String requestNumber, Instant at) {
        SlaClock found = require(requestNumber);
        if (!reached(found.breachDue(), at)) {
            return false;
        }
        found.markBreached(at);
        changed(found, workingTime(found, at));
        return true;
    }

    /** A timer may fire a little before its instant (job due dates are whole milliseconds, clocks drift). */
    private static boolean reached(Instant due, Instant at) {
        return due != null && !at.isBefore(due.minus(TIMER_TOLERANCE));
    }

    /** The supervisor's reason for a breach. */
    public void recordBreachReason(String requestNumber, String reason) {
        require(requestNumber).recordBreachReason(reason);
    }

    /**
     * Due dates of the open clocks again, in the calendar as it is now (a holiday was added or removed); all
     * offices when {@code officeCode} is null (a national holiday). Returns how many moved.
     */
    public int recomputeOpen(String officeCode) {
        List<SlaClock> open = officeCode == null ? clocks.findOpen() : clocks.findOpenOfOffice(officeCode);
        int moved = 0;
        for (SlaClock found : open) {
            Instant before = found.dueAt();
            WorkingTime time = workingTime(found, clock.instant());
            found.recompute(time);
            if (!java.util.Objects.equals(before, found.dueAt())) {
                moved++;
                changed(found, time);
            }
        }
        return moved;
    }

    private void changed(SlaClock found, WorkingTime time) {
        found.refreshRisk(warningLeft(time), time);
        events.publishEvent(new SlaClockChanged(dueDates(found, time)));
    }

    private SlaDueDates dueDates(SlaClock found, WorkingTime time) {
        return new SlaDueDates(found.requestNumber(), found.officeCode(), found.state(), found.dueAt(),
                found.warningDue(warningLeft(time), time), found.breachDue());
    }

    private WorkingTime workingTime(SlaClock found, Instant latest) {
        Instant last = latest.isAfter(found.startedAt()) ? latest : found.startedAt();
        return workingTime(offices.require(found.officeCode()), found.startedAt(), last);
    }

    /** Starts the request's clock with the service's budget in the office's working days; 409 if it has one. */
    public SlaClockView start(String requestNumber, String officeCode, SlaService service, Instant at) {
        if (clocks.existsByRequestNumber(requestNumber)) {
            throw alreadyStarted(requestNumber);
        }
        OfficeView office = offices.require(officeCode);
        WorkingTime time = workingTime(office, at, at);
        Duration budget = time.workingDays(settings.budgetWorkingDays(service));
        SlaClock started = SlaClock.start(requestNumber, office.code(), service, budget, at, time);
        try {
            clocks.saveAndFlush(started);
        } catch (DataIntegrityViolationException raced) {
            // Two starts for one request at once: the unique request number decides.
            throw alreadyStarted(requestNumber);
        }
        changed(started, time);
        return started.view(at, time, warningLeft(time));
    }

    public SlaClockView pause(String requestNumber, Instant at, PauseReason reason) {
        return change(requestNumber, at, (c, time) -> c.pause(at, reason, time));
    }

    public SlaClockView resume(String requestNumber, Instant at) {
        return change(requestNumber, at, (c, time) -> c.resume(at, time));
    }

    public SlaClockView stop(String requestNumber, Instant at) {
        return change(requestNumber, at, (c, time) -> c.stop(at, time));
    }

    /** The clock as it stands now. */
    @Transactional(readOnly = true)
    public SlaClockView view(String requestNumber) {
        return view(requestNumber, clock.instant());
    }

    /** The clock as it stands at {@code now}: raw and net durations, remaining budget, due date, breach, risk. */
    @Transactional(readOnly = true)
    public SlaClockView view(String requestNumber, Instant now) {
        SlaClock found = require(requestNumber);
        WorkingTime time = workingTime(offices.require(found.officeCode()), found.startedAt(), now);
        return found.view(now, time, warningLeft(time));
    }

    private SlaClockView change(String requestNumber, Instant at, Transition transition) {
        SlaClock found = require(requestNumber);
        WorkingTime time = workingTime(offices.require(found.officeCode()), found.startedAt(), at);
        transition.apply(found, time);
        changed(found, time);
        return found.view(at, time, warningLeft(time));
    }

    private WorkingTime workingTime(OfficeView office, Instant from, Instant latest) {
        LocalDate first = from.atZone(office.zone()).toLocalDate();
        LocalDate last = latest.atZone(office.zone()).toLocalDate().plusDays(HORIZON_DAYS);
        return WorkingTime.of(office, calendar.nonWorkingDates(office.code(), first, last));
    }

    private Duration warningLeft(WorkingTime time) {
        return time.workingDays(settings.warningWorkingDaysLeft());
    }

    private SlaClock require(String requestNumber) {
        return clocks.findByRequestNumber(requestNumber).orElseThrow(() -> ApiProblem.notFound("sla.clock-not-found",
                "Permintaan " + requestNumber + " belum memiliki jam SLA.",
                "Request " + requestNumber + " has no SLA clock."));
    }

    private static ApiProblem alreadyStarted(String requestNumber) {
        return ApiProblem.conflict("sla.clock-already-started",
                "Jam SLA permintaan " + requestNumber + " sudah berjalan.",
                "The SLA clock of request " + requestNumber + " has already started.");
    }

    @FunctionalInterface
    private interface Transition {
        void apply(SlaClock clock, WorkingTime time);
    }
}
