package id.go.bps.pst.calendar;

import java.time.LocalDate;

/**
 * An admin added or removed a holiday, so deadlines that count working days across {@code date} may have moved.
 * {@code officeCode} is the office of a regional holiday, or {@code null} when every office is affected.
 */
public record HolidaysChanged(String officeCode, LocalDate date) {

    public boolean affects(String office) {
        return officeCode == null || officeCode.equals(office);
    }
}
