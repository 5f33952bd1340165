package id.go.bps.pst.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import id.go.bps.pst.platform.ApiProblem;

/**
 * The working-day rule for one office, without a database: a day counts when its weekday is a working weekday and
 * it is not in the holiday set (national holidays, cuti bersama and the office's own regional holidays).
 */
public final class WorkingDays {

    /** Ten years of working days: far beyond any service standard, small enough to answer at once. */
    public static final int MAX_DAYS = 3650;

    private final Set<DayOfWeek> weekdays;
    private final Set<LocalDate> holidays;

    public WorkingDays(Set<DayOfWeek> weekdays, Collection<LocalDate> holidays) {
        if (weekdays.isEmpty()) {
            // Without a working weekday no day ever counts and add() would never end.
            throw new IllegalArgumentException("an office works on at least one weekday");
        }
        this.weekdays = EnumSet.copyOf(weekdays);
        this.holidays = new HashSet<>(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return weekdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The {@code days}-th working day strictly after {@code from}; with 0, {@code from} itself when it is a working
     * day, else the next working day.
     */
    public LocalDate add(LocalDate from, int days) {
        requireInRange(days);
        LocalDate date = from;
        if (days == 0) {
            while (!isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public static void requireInRange(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw ApiProblem.badRequest("calendar.days-out-of-range",
                    "Jumlah hari kerja harus antara 0 dan " + MAX_DAYS + ", bukan " + days + ".",
                    "The number of working days must be between 0 and " + MAX_DAYS + ", not " + days + ".");
        }
    }
}
