package id.go.bps.pst.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A holiday as the admin pages show it; {@code officeCode} only for a regional holiday. */
public record HolidayView(Long id, LocalDate date, HolidayKind kind, String name, String officeCode,
                          String createdBy, Instant createdAt) {
}
