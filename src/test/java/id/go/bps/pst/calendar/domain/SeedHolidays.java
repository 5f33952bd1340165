package id.go.bps.pst.calendar.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The holidays the changelog seeds (reference context), read from its CSV so the rules are tested on real data. */
final class SeedHolidays {

    static final String CSV = "db/changelog/modules/data/holidays-2025-2026.csv";

    private SeedHolidays() {
    }

    /** Date to kind, in file order. */
    static Map<LocalDate, HolidayKind> kindsByDate() {
        Map<LocalDate, HolidayKind> kinds = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(SeedHolidays.class.getClassLoader().getResourceAsStream(CSV));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] cells = line.split(",", 3);
                HolidayKind previous = kinds.put(LocalDate.parse(cells[0]), HolidayKind.valueOf(cells[1]));
                if (previous != null) {
                    throw new IllegalStateException("seeded twice: " + cells[0]);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kinds;
    }
}
