package id.go.bps.pst.calendar.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

import id.go.bps.pst.platform.ApiProblem;

class WorkingDaysTest {

    private static final Set<DayOfWeek> MON_TO_FRI = EnumSet.range(MONDAY, FRIDAY);
    private static final Set<LocalDate> SEEDED = SeedHolidays.kindsByDate().keySet();
    private static final WorkingDays NATIONAL = new WorkingDays(MON_TO_FRI, SEEDED);

    @ParameterizedTest(name = "{0} + {1} working days = {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-17 |  1 | 2026-03-25 | Idulfitri 2026: 18 C, 19 L, 20 C, 21-22 L on the weekend, 23-24 C
            2026-03-16 |  5 | 2026-03-30 | Idulfitri 2026 counted from the Monday before
            2026-03-21 |  1 | 2026-03-25 | from a Saturday inside the Idulfitri 2026 break
            2026-12-23 |  1 | 2026-12-28 | Christmas 2026: 24 C, 25 L, weekend 26-27
            2025-03-27 |  1 | 2025-04-08 | Idulfitri 2025: 28 C, 29 L, 31 L, 04-01 L, 02-04 C, weekend, 07 C
            2025-03-27 | 10 | 2025-04-22 | Idulfitri 2025 then Good Friday 04-18
            2025-12-24 |  1 | 2025-12-29 | Christmas 2025: 25 L, 26 C, weekend
            2025-12-24 |  4 | 2026-01-02 | crossing into 2026 over New Year 01-01 L
            2025-12-31 |  1 | 2026-01-02 | New Year's Eve to the first working day of 2026
            2026-03-17 | 10 | 2026-04-08 | ten days over Idulfitri and Good Friday 2026
            2026-05-11 | 10 | 2026-05-29 | Ascension 05-14/15 and Idul Adha 05-27/28
            2026-08-14 | 10 | 2026-09-01 | Independence Day 08-17 and Maulid 08-25
            2025-06-02 | 10 | 2025-06-18 | Idul Adha 2025 06-06 L and 06-09 C
            2026-02-13 | 10 | 2026-03-03 | Imlek 2026: 02-16 C, 02-17 L
            2025-01-24 | 10 | 2025-02-12 | Isra Mikraj and Imlek 2025: 01-27 L, 01-28 C, 01-29 L
            2026-03-17 |  0 | 2026-03-17 | n = 0 on a working day is that day
            2026-03-18 |  0 | 2026-03-25 | n = 0 on cuti bersama is the next working day
            2026-12-25 |  0 | 2026-12-28 | n = 0 on a national holiday is the next working day
            2026-06-06 |  0 | 2026-06-08 | n = 0 on a Saturday is the Monday
            """)
    void addWorkingDays_monToFri_withSeededHolidays(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(NATIONAL.add(from, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(textBlock = """
            2026-03-17, true
            2026-03-18, false
            2026-03-20, false
            2026-03-24, false
            2026-03-25, true
            2026-03-28, false
            2025-08-18, false
            2025-08-19, true
            2026-12-24, false
            """)
    void isWorkingDay_monToFri_withSeededHolidays(LocalDate date, boolean working) {
        assertThat(NATIONAL.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void regionalHoliday_closesItsOfficeOnly() {
        LocalDate regional = LocalDate.of(2026, 7, 7);
        Set<LocalDate> withRegional = new HashSet<>(SEEDED);
        withRegional.add(regional);
        WorkingDays officeWithHoliday = new WorkingDays(MON_TO_FRI, withRegional);

        assertThat(officeWithHoliday.add(LocalDate.of(2026, 7, 6), 1)).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(NATIONAL.add(LocalDate.of(2026, 7, 6), 1)).isEqualTo(regional);
    }

    @Test
    void sundayToThursdayWeek_countsSundayAndSkipsFriday() {
        WorkingDays sundayToThursday = new WorkingDays(EnumSet.of(SUNDAY, MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, THURSDAY), SEEDED);

        assertThat(sundayToThursday.add(LocalDate.of(2026, 6, 4), 1)).isEqualTo(LocalDate.of(2026, 6, 7));
        assertThat(sundayToThursday.isWorkingDay(LocalDate.of(2026, 6, 5))).isFalse();
    }

    @Test
    void mondayToSaturdayWeek_countsSaturdayButNotASaturdayHoliday() {
        WorkingDays sixDays = new WorkingDays(EnumSet.range(MONDAY, SATURDAY), SEEDED);

        assertThat(sixDays.add(LocalDate.of(2026, 6, 5), 1)).isEqualTo(LocalDate.of(2026, 6, 6));
        assertThat(sixDays.add(LocalDate.of(2026, 3, 17), 1)).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void maximumDays_3650FromAFridayWithoutHolidays_is730WeeksLater() {
        LocalDate friday = LocalDate.of(2030, 1, 4);
        WorkingDays noHolidays = new WorkingDays(MON_TO_FRI, List.of());

        assertThat(noHolidays.add(friday, WorkingDays.MAX_DAYS)).isEqualTo(LocalDate.of(2044, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -3650, 3651, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void daysOutsideZeroTo3650_isA400Problem(int days) {
        assertThatThrownBy(() -> NATIONAL.add(LocalDate.of(2026, 3, 17), days))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(problem.code()).isEqualTo("calendar.days-out-of-range");
                    assertThat(problem.text().id()).contains("hari kerja");
                    assertThat(problem.text().en()).contains("working days");
                });
    }

    @Test
    void officeWithoutWorkingWeekdays_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WorkingDays(EnumSet.noneOf(DayOfWeek.class), SEEDED));
    }
}
