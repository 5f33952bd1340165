package id.go.bps.pst.calendar.domain;

import java.time.LocalDate;

/** An admin's request to close the offices (or one office) on a day. */
public record NewHoliday(LocalDate date, HolidayKind kind, String name, String officeCode) {
}
