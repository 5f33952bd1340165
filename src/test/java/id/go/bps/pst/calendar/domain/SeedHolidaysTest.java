package id.go.bps.pst.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SeedHolidaysTest {

    // Copied from the domain brief (shared/domain.md, "National holidays (L) and cuti bersama (C)"): the date set is
    // the rule, the seeded names are labels.
    private static final String BRIEF_2025 = "01-01 L, 01-27 L, 01-28 C, 01-29 L, 03-28 C, 03-29 L, 03-31 L, 04-01 L, "
            + "04-02 C, 04-03 C, 04-04 C, 04-07 C, 04-18 L, 04-20 L, 05-01 L, 05-12 L, 05-13 C, 05-29 L, 05-30 C, "
            + "06-01 L, 06-06 L, 06-09 C, 06-27 L, 08-17 L, 08-18 C, 09-05 L, 12-25 L, 12-26 C";
    private static final String BRIEF_2026 = "01-01 L, 01-16 L, 02-16 C, 02-17 L, 03-18 C, 03-19 L, 03-20 C, 03-21 L, "
            + "03-22 L, 03-23 C, 03-24 C, 04-03 L, 04-05 L, 05-01 L, 05-14 L, 05-15 C, 05-27 L, 05-28 C, 05-31 L, "
            + "06-01 L, 06-16 L, 08-17 L, 08-25 L, 12-24 C, 12-25 L";

    @Test
    void seededHolidays_2025and2026_areExactlyTheDatesAndKindsOfTheBrief() {
        Map<LocalDate, HolidayKind> expected = new HashMap<>();
        expected.putAll(parse(2025, BRIEF_2025));
        expected.putAll(parse(2026, BRIEF_2026));

        assertThat(SeedHolidays.kindsByDate()).hasSize(53).containsExactlyInAnyOrderEntriesOf(expected);
    }

    private static Map<LocalDate, HolidayKind> parse(int year, String brief) {
        Map<LocalDate, HolidayKind> kinds = new HashMap<>();
        Arrays.stream(brief.split(", ")).forEach(entry -> {
            String[] parts = entry.split(" ");
            kinds.put(LocalDate.parse(year + "-" + parts[0]),
                    "L".equals(parts[1]) ? HolidayKind.NATIONAL_HOLIDAY : HolidayKind.COLLECTIVE_LEAVE);
        });
        return kinds;
    }
}
