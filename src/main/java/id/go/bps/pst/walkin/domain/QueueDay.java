package id.go.bps.pst.walkin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service day a moment belongs to at an office: its date in the office's own time zone (WIB, WITA, WIT), so
 * numbers restart at the office's midnight, not the server's. Offices are closed at midnight, so the date change
 * always falls between two working days.
 */
public final class QueueDay {

    private QueueDay() {
    }

    public static LocalDate of(Instant moment, ZoneId officeZone) {
        return LocalDate.ofInstant(moment, officeZone);
    }
}
