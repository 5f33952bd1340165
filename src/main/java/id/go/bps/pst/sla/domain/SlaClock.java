package id.go.bps.pst.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.bps.pst.sla.ClockEventKind;
import id.go.bps.pst.sla.ClockState;
import id.go.bps.pst.sla.PauseReason;
import id.go.bps.pst.sla.SlaClockView;
import id.go.bps.pst.sla.SlaService;

/**
 * The SLA clock of one request (issue 5): it runs while the office holds the ball, pauses while the request waits
 * on the customer, and stops at delivery. Every transition is kept as an event with its instant.
 * <p>
 * The due date is the instant the net office-held working time reaches the budget. It is recomputed at every
 * transition: while running it is the last start or resume plus the remaining budget in working time, so a pause
 * moves it by exactly the working time the customer held the ball. While paused it is null (nobody can say when the
 * customer acts), unless the budget was already used up: then it stays the instant that happened. A stop keeps
 * the due date the clock had just before it (null for a clock stopped while paused with budget left). The breached
 * flag is set for good when a transition finds the net time over the budget.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String requestNumber;
    private String officeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind")
    private SlaService service;

    private long budgetMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_state")
    private ClockState state;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant startedAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant stoppedAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant dueAt;

    private boolean breached;

    /** What the customer holds the ball for, comma-separated; empty while the office holds it (issue 5). */
    private String waitingOn = "";

    /** Stopped because the request was cancelled, not delivered: not counted in the delivery figures. */
    private boolean cancelled;

    /** Net office-held time at the stop, kept so figures over a million clocks need no timeline. */
    private Long netMinutes;

    /** Net working days at the stop in tenths (one working day is the office's daily service duration). */
    private Integer netDayTenths;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant warnedAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant breachedAt;

    private String breachReason;

    /** While running: when less than the warning share of the budget is left (the dashboard's "at risk"). */
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant riskAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "clock_id", nullable = false, updatable = false)
    @OrderBy("occurredAt ASC, id ASC")
    private List<SlaClockEvent> events = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int version;

    protected SlaClock() {
        // for JPA
    }

    private SlaClock(String requestNumber, String officeCode, SlaService service, Duration budget) {
        this.requestNumber = requestNumber;
        this.officeCode = officeCode;
        this.service = service;
        this.budgetMinutes = budget.toMinutes();
    }

    /** A clock that starts running at {@code at} with a budget in whole minutes of the office's working time. */
    public static SlaClock start(String requestNumber, String officeCode, SlaService service, Duration budget,
                                 Instant at, WorkingTime time) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a budget is never negative: " + budget);
        }
        SlaClock clock = new SlaClock(requestNumber, officeCode, service, budget);
        clock.startedAt = micros(at);
        clock.record(ClockEventKind.START, at, null, ClockState.RUNNING, time);
        return clock;
    }

    public void pause(Instant at, PauseReason reason, WorkingTime time) {
        if (reason == null) {
            throw ClockProblems.reasonRequired(requestNumber);
        }
        requireNotStopped();
        if (state == ClockState.PAUSED) {
            throw ClockProblems.alreadyPaused(requestNumber);
        }
        record(ClockEventKind.PAUSE, at, reason, ClockState.PAUSED, time);
        waitingOn = reason.name();
    }

    public void resume(Instant at, WorkingTime time) {
        requireNotStopped();
        if (state == ClockState.RUNNING) {
            throw ClockProblems.notPaused(requestNumber);
        }
        record(ClockEventKind.RESUME, at, null, ClockState.RUNNING, time);
        waitingOn = "";
    }

    public void stop(Instant at, WorkingTime time) {
        requireNotStopped();
        record(ClockEventKind.STOP, at, null, ClockState.STOPPED, time);
        stoppedAt = micros(at);
        waitingOn = "";
        Duration net = net(stoppedAt, time);
        netMinutes = net.toMinutes();
        netDayTenths = (int) Math.round(net.toMinutes() * 10.0 / time.dailyService().toMinutes());
    }

    /** Stops the clock of a cancelled request: its time is kept, but it is not a delivery. */
    public void cancel(Instant at, WorkingTime time) {
        stop(at, time);
        cancelled = true;
    }

    /**
     * The customer starts holding the ball for {@code awaits} and gives it back for {@code releases}: several waits
     * may overlap (payment and SPPD run in parallel), so the clock pauses when the first opens and resumes only when
     * none is left. Returns false when nothing changed. A stopped clock ignores it: the request is over.
     */
    public boolean changeWaits(Set<PauseReason> awaits, Set<PauseReason> releases, Instant at, WorkingTime time) {
        if (state == ClockState.STOPPED) {
            return false;
        }
        Set<PauseReason> before = waits();
        Set<PauseReason> after = EnumSet.noneOf(PauseReason.class);
        after.addAll(before);
        after.addAll(awaits);
        after.removeAll(releases);
        if (state == ClockState.RUNNING && !after.isEmpty()) {
            PauseReason first = after.stream().filter(awaits::contains).findFirst().orElse(after.iterator().next());
            record(ClockEventKind.PAUSE, at, first, ClockState.PAUSED, time);
        } else if (state == ClockState.PAUSED && after.isEmpty()) {
            record(ClockEventKind.RESUME, at, null, ClockState.RUNNING, time);
        }
        waitingOn = after.stream().map(Enum::name).collect(Collectors.joining(","));
        return !after.equals(before);
    }

    /** What the customer holds the ball for now; empty while the office holds it. */
    public Set<PauseReason> waits() {
        Set<PauseReason> waits = EnumSet.noneOf(PauseReason.class);
        if (waitingOn != null && !waitingOn.isBlank()) {
            Arrays.stream(waitingOn.split(",")).map(PauseReason::valueOf).forEach(waits::add);
        }
        return waits;
    }

    /**
     * When the warning falls due: the instant the net time reaches the budget less {@code warningLeft}. Null
     * unless the clock runs and no warning was given yet: a paused or stopped request never escalates.
     */
    public Instant warningDue(Duration warningLeft, WorkingTime time) {
        if (state != ClockState.RUNNING || warnedAt != null) {
            return null;
        }
        Duration threshold = budget().minus(warningLeft);
        Instant last = events.get(events.size() - 1).occurredAt();
        return ClockTimeline.of(events, last).due(threshold.isNegative() ? Duration.ZERO : threshold, time);
    }

    /** When the breach falls due: the due date while running and not yet breached, else null. */
    public Instant breachDue() {
        return state == ClockState.RUNNING && breachedAt == null ? dueAt : null;
    }

    /** Keeps when the clock turns "at risk", for the dashboard's counts; null unless running. */
    public void refreshRisk(Duration warningLeft, WorkingTime time) {
        if (state != ClockState.RUNNING) {
            riskAt = null;
            return;
        }
        Duration threshold = budget().minus(warningLeft);
        Instant last = events.get(events.size() - 1).occurredAt();
        riskAt = ClockTimeline.of(events, last).due(threshold.isNegative() ? Duration.ZERO : threshold, time);
    }

    /** Due date again in new working time (holidays changed); the timeline itself never changes. */
    public void recompute(WorkingTime time) {
        if (state == ClockState.STOPPED || events.isEmpty()) {
            return;
        }
        Instant last = events.get(events.size() - 1).occurredAt();
        dueAt = ClockTimeline.of(events, last).due(budget(), time);
    }

    /** The warning timer fired: kept once, for the count of warnings. */
    public void markWarned(Instant at) {
        if (warnedAt == null) {
            warnedAt = micros(at);
        }
    }

    /** The breach timer fired: the request stays breached for good, whatever happens next. */
    public void markBreached(Instant at) {
        breached = true;
        if (breachedAt == null) {
            breachedAt = micros(at);
        }
    }

    /** The supervisor's reason for a breach (a business text, never personal data). */
    public void recordBreachReason(String reason) {
        this.breachReason = reason;
    }

    /** Wall-clock time from the start to the stop, or to {@code now} while not stopped. */
    public Duration raw(Instant now) {
        Instant end = stoppedAt != null ? stoppedAt : now;
        return end.isAfter(startedAt) ? Duration.between(startedAt, end) : Duration.ZERO;
    }

    /** Office-held working time: the running segments up to {@code now}, inside service hours of working days. */
    public Duration net(Instant now, WorkingTime time) {
        return ClockTimeline.of(events, now).net(time);
    }

    /** Budget minus net time; negative once the budget is overrun. */
    public Duration remaining(Instant now, WorkingTime time) {
        return budget().minus(net(now, time));
    }

    public SlaClockView view(Instant now, WorkingTime time, Duration warningLeft) {
        Duration net = net(now, time);
        Duration remaining = budget().minus(net);
        boolean breachedNow = breached || remaining.isNegative();
        boolean atRisk = !breachedNow && state != ClockState.STOPPED && remaining.compareTo(warningLeft) < 0;
        return new SlaClockView(requestNumber, officeCode, service, state, budget(), startedAt, stoppedAt, dueAt,
                now, raw(now), net, remaining, breachedNow, atRisk,
                events.stream().map(SlaClockEvent::view).toList());
    }

    public Duration budget() {
        return Duration.ofMinutes(budgetMinutes);
    }

    public ClockState state() {
        return state;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public boolean breached() {
        return breached;
    }

    public String officeCode() {
        return officeCode;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public Instant warnedAt() {
        return warnedAt;
    }

    public Instant breachedAt() {
        return breachedAt;
    }

    public String breachReason() {
        return breachReason;
    }

    public Long netMinutes() {
        return netMinutes;
    }

    public Instant startedAt() {
        return startedAt;
    }

    private void record(ClockEventKind kind, Instant at, PauseReason reason, ClockState next, WorkingTime time) {
        Instant instant = micros(at);
        if (!events.isEmpty() && instant.isBefore(events.get(events.size() - 1).occurredAt())) {
            throw ClockProblems.outOfOrder(requestNumber, kind, instant);
        }
        // A stop keeps the due date the clock had up to that instant: the one the request was measured against.
        ClockTimeline upToNow = ClockTimeline.of(events, instant);
        events.add(new SlaClockEvent(kind, instant, reason));
        state = next;
        ClockTimeline timeline = kind == ClockEventKind.STOP ? upToNow : ClockTimeline.of(events, instant);
        dueAt = timeline.due(budget(), time);
        breached = breached || timeline.net(time).compareTo(budget()) > 0;
    }

    private void requireNotStopped() {
        if (state == ClockState.STOPPED) {
            throw ClockProblems.stopped(requestNumber);
        }
    }

    /** The databases keep microseconds; rounding here makes a reread equal to what was written. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
