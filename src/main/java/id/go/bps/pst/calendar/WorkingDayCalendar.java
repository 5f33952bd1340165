package id.go.bps.pst.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import id.go.bps.pst.calendar.domain.HolidayRepository;
import id.go.bps.pst.calendar.domain.WorkingDays;
import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;

/**
 * The public face of the calendar module: working days per office. A day is a working day for an office when its
 * weekday is one of the office's working weekdays and it is neither a national holiday, nor cuti bersama
 * (collective leave), nor a regional holiday of that office (online sales must be served within 10 working days,
 * Perka BPS No. 78 Tahun 2020).
 * <p>
 * An office's holidays (a few dozen dates a year) are kept in memory: the SLA clock asks at every status change of
 * every sale. An admin's change counts at once on this node ({@link HolidaysChanged} empties the cache before any
 * other listener reads it, and again when the admin's transaction ends); other nodes read it within
 * {@link #FRESH_FOR}.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    /** How long another node may answer from holidays read before an admin's change. */
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final Offices offices;
    private final HolidayRepository holidays;
    private final Clock clock;
    private final Map<String, Cached> byOffice = new ConcurrentHashMap<>();

    @Autowired
    public WorkingDayCalendar(Offices offices, HolidayRepository holidays) {
        this(offices, holidays, Clock.systemUTC());
    }

    WorkingDayCalendar(Offices offices, HolidayRepository holidays, Clock clock) {
        this.offices = offices;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** Whether the office serves customers on {@code date}; an unknown office is a 404 {@code ApiProblem}. */
    public boolean isWorkingDay(String officeCode, LocalDate date) {
        OfficeView office = offices.require(officeCode);
        return new WorkingDays(office.workingWeekdays(), between(office.code(), date, date)).isWorkingDay(date);
    }

    /**
     * The {@code days}-th working day strictly after {@code from} for the office, e.g. 1 answers the next working
     * day. With {@code days} 0 the answer is {@code from} itself when it is a working day, else the first working
     * day after it. {@code days} must be 0 to {@value WorkingDays#MAX_DAYS} (a 400 {@code ApiProblem} otherwise);
     * an unknown office is a 404 {@code ApiProblem}.
     */
    public LocalDate addWorkingDays(String officeCode, LocalDate from, int days) {
        WorkingDays.requireInRange(days);
        OfficeView office = offices.require(officeCode);
        return new WorkingDays(office.workingWeekdays(), between(office.code(), from, LocalDate.MAX)).add(from, days);
    }

    /**
     * The office's non-working dates from {@code from} to {@code to} (both included) that are not weekends: national
     * holidays, cuti bersama and the office's regional holidays. Weekends follow from
     * {@code OfficeView.workingWeekdays()}. For the SLA clock, which counts working time within service hours; an
     * unknown office is a 404 {@code ApiProblem}.
     */
    public Set<LocalDate> nonWorkingDates(String officeCode, LocalDate from, LocalDate to) {
        return Set.copyOf(between(offices.require(officeCode).code(), from, to));
    }

    /** A holiday was added or removed: before anyone reads the calendar again in the admin's transaction. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void holidaysChanged(HolidaysChanged change) {
        byOffice.clear();
    }

    /** Again when the admin's transaction ends (committed or not): nothing read inside it outlives it. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void holidaysChangeCompleted(HolidaysChanged change) {
        byOffice.clear();
    }

    private List<LocalDate> between(String officeCode, LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        Cached cached = byOffice.get(officeCode);
        if (cached == null || cached.readAt().plus(FRESH_FOR).isBefore(now)) {
            cached = new Cached(holidays.datesFrom(officeCode, LocalDate.of(1900, 1, 1)).stream().sorted()
                    .toList(), now);
            byOffice.put(officeCode, cached);
        }
        return cached.dates().stream().filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .collect(Collectors.toList());
    }

    private record Cached(List<LocalDate> dates, Instant readAt) {
    }
}
