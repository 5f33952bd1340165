package id.go.bps.pst.sla.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import id.go.bps.pst.office.OfficeView;

/**
 * Office-held working time of one office, without a database. Only time inside the service hours
 * ({@code opensAt}–{@code closesAt}, in the office's zone) of a working day counts; a working day is one of the
 * office's working weekdays that is not in the set of non-working dates (national holidays, cuti bersama, the
 * office's regional holidays). The service standard counts working days (Perka BPS No. 78 Tahun 2020: online sales
 * 10, consultation 3); one working day is the office's daily service duration, so BPS RI (08:00–15:30 WIB) has
 * 7h30 a day and Gorontalo (08:30–17:00 WITA) 8h30.
 * <p>
 * Rules chosen here:
 * <ul>
 * <li>An instant outside service hours counts from the next opening: a request submitted at 16:00, on a Saturday or
 * on a holiday starts counting at the next working day's opening. An interval that ends outside hours ends at the
 * previous closing.</li>
 * <li>The due date is the exact instant the budget is used up. It never falls outside service hours: a budget that
 * ends exactly at a closing is due at that closing, not at the next opening, so 10 working days from an opening are
 * due at the close of the 10th working day (counting the first day).</li>
 * <li>Dates outside the given non-working set count by weekday only: callers pass the holidays for the period they
 * ask about.</li>
 * </ul>
 */
public final class WorkingTime {

    private final ZoneId zone;
    private final LocalTime opensAt;
    private final LocalTime closesAt;
    private final Set<DayOfWeek> weekdays;
    private final Set<LocalDate> nonWorkingDates;

    public WorkingTime(ZoneId zone, LocalTime opensAt, LocalTime closesAt, Set<DayOfWeek> weekdays,
                       Collection<LocalDate> nonWorkingDates) {
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("an office opens before it closes: " + opensAt + "-" + closesAt);
        }
        if (weekdays.isEmpty()) {
            // Without a working weekday no budget is ever used up and dueAt() would never end.
            throw new IllegalArgumentException("an office works on at least one weekday");
        }
        this.zone = Objects.requireNonNull(zone);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.weekdays = EnumSet.copyOf(weekdays);
        this.nonWorkingDates = Set.copyOf(nonWorkingDates);
    }

    public static WorkingTime of(OfficeView office, Collection<LocalDate> nonWorkingDates) {
        return new WorkingTime(office.zone(), office.opensAt(), office.closesAt(), office.workingWeekdays(),
                nonWorkingDates);
    }

    /** One working day: the office's daily service duration. */
    public Duration dailyService() {
        return Duration.between(opensAt, closesAt);
    }

    /** A budget of {@code days} working days, e.g. 10 at BPS RI is 75 hours. */
    public Duration workingDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a budget is never negative: " + days + " working days");
        }
        return dailyService().multipliedBy(days);
    }

    public boolean isWorkingDay(LocalDate date) {
        return weekdays.contains(date.getDayOfWeek()) && !nonWorkingDates.contains(date);
    }

    /** Working time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                total = total.plus(overlap(day, from, to));
            }
        }
        return total;
    }

    /**
     * The instant at which {@code budget} of working time counted from {@code from} is used up. A zero budget is
     * due where counting starts: {@code from} inside service hours, else the next opening.
     */
    public Instant dueAt(Instant from, Duration budget) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a budget is never negative: " + budget);
        }
        Instant cursor = nextWorkingInstant(from);
        Duration left = budget;
        while (true) {
            Duration today = Duration.between(cursor, closing(cursor.atZone(zone).toLocalDate()));
            if (left.compareTo(today) <= 0) {
                return cursor.plus(left);
            }
            left = left.minus(today);
            cursor = nextWorkingInstant(closing(cursor.atZone(zone).toLocalDate()));
        }
    }

    /** {@code at} itself inside service hours of a working day (closing excluded), else the next opening. */
    public Instant nextWorkingInstant(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        if (isWorkingDay(day) && !at.isBefore(opening(day)) && at.isBefore(closing(day))) {
            return at;
        }
        if (!isWorkingDay(day) || !at.isBefore(opening(day))) {
            day = day.plusDays(1);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        return opening(day);
    }

    /** The local date of {@code at} in the office's zone. */
    public LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private Duration overlap(LocalDate day, Instant from, Instant to) {
        Instant start = later(from, opening(day));
        Instant end = earlier(to, closing(day));
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    private Instant opening(LocalDate day) {
        return day.atTime(opensAt).atZone(zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return day.atTime(closesAt).atZone(zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
