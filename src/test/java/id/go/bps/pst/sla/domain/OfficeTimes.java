package id.go.bps.pst.sla.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Working time of the seeded offices in the three zones, with the national holidays and cuti bersama of 2025 and
 * 2026 (SKB 3 Menteri, as listed in ../shared/domain.md; 2025-08-18 added by amendment).
 */
enum OfficeTimes {
    /** BPS RI, WIB, Mon–Fri 08:00–15:30. */
    RI_0000("Asia/Jakarta", "08:00", "15:30"),
    /** BPS Provinsi Gorontalo, WITA, Mon–Fri 08:30–17:00. */
    GORONTALO_7500("Asia/Makassar", "08:30", "17:00"),
    /** BPS Provinsi Papua, WIT, Mon–Fri 08:00–16:00. */
    PAPUA_9400("Asia/Jayapura", "08:00", "16:00");

    static final Set<LocalDate> HOLIDAYS_2025_2026 = Stream.of(
            "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-03-28", "2025-03-29", "2025-03-31",
            "2025-04-01", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07", "2025-04-18", "2025-04-20",
            "2025-05-01", "2025-05-12", "2025-05-13", "2025-05-29", "2025-05-30", "2025-06-01", "2025-06-06",
            "2025-06-09", "2025-06-27", "2025-08-17", "2025-08-18", "2025-09-05", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-01-16", "2026-02-16", "2026-02-17", "2026-03-18", "2026-03-19", "2026-03-20",
            "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-04-03", "2026-04-05", "2026-05-01",
            "2026-05-14", "2026-05-15", "2026-05-27", "2026-05-28", "2026-05-31", "2026-06-01", "2026-06-16",
            "2026-08-17", "2026-08-25", "2026-12-24", "2026-12-25").map(LocalDate::parse)
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    final ZoneId zone;
    final LocalTime opensAt;
    final LocalTime closesAt;

    OfficeTimes(String zone, String opensAt, String closesAt) {
        this.zone = ZoneId.of(zone);
        this.opensAt = LocalTime.parse(opensAt);
        this.closesAt = LocalTime.parse(closesAt);
    }

    WorkingTime time() {
        return new WorkingTime(zone, opensAt, closesAt, MON_FRI, HOLIDAYS_2025_2026);
    }

    /** A local date-time of this office, e.g. {@code 2026-03-17T16:00}, as an instant. */
    Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
