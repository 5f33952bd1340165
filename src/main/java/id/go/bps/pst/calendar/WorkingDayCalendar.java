package id.go.bps.pst.calendar;

import java.time.LocalDate;

/** The public face of the calendar module: working days per office (weekends, holidays, cuti bersama). */
public class WorkingDayCalendar {

    public boolean isWorkingDay(String officeCode, LocalDate date) {
        throw new UnsupportedOperationException("implemented by the calendar work");
    }

    /** The {@code days}-th working day after {@code from} for the office; see the class comment for day 0. */
    public LocalDate addWorkingDays(String officeCode, LocalDate from, int days) {
        throw new UnsupportedOperationException("implemented by the calendar work");
    }
}
