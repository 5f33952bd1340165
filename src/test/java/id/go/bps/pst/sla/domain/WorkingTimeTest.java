package id.go.bps.pst.sla.domain;

import static id.go.bps.pst.sla.domain.OfficeTimes.GORONTALO_7500;
import static id.go.bps.pst.sla.domain.OfficeTimes.PAPUA_9400;
import static id.go.bps.pst.sla.domain.OfficeTimes.RI_0000;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working time across the real holiday periods of 2025 and 2026, in WIB, WITA and WIT (times are office-local). */
class WorkingTimeTest {

    @ParameterizedTest(name = "{0}: {1} -> {2} = {3} ({4})")
    @CsvSource({
            // within one day
            "RI_0000,        2026-03-16T09:00, 2026-03-16T11:30, PT2H30M, within Monday",
            "GORONTALO_7500, 2026-03-16T08:30, 2026-03-16T17:00, PT8H30M, a whole Gorontalo day",
            "PAPUA_9400,     2026-03-16T08:00, 2026-03-16T16:00, PT8H,    a whole Papua day",
            // across a weekend
            "RI_0000,        2026-03-13T14:00, 2026-03-16T09:00, PT2H30M, Friday afternoon to Monday morning",
            "GORONTALO_7500, 2026-03-13T16:00, 2026-03-16T09:30, PT2H,    Friday afternoon to Monday morning",
            // across a holiday
            "RI_0000,        2026-03-17T15:00, 2026-03-25T08:30, PT1H,    Idulfitri 2026 (03-18..03-24)",
            "GORONTALO_7500, 2026-03-17T16:00, 2026-03-25T09:30, PT2H,    Idulfitri 2026 (03-18..03-24)",
            "RI_0000,        2025-03-27T08:00, 2025-04-08T15:30, PT15H,   Idulfitri 2025 (03-28..04-07): two days",
            "GORONTALO_7500, 2025-03-27T16:00, 2025-04-08T09:00, PT1H30M, Idulfitri 2025 (03-28..04-07)",
            "PAPUA_9400,     2025-03-27T15:00, 2025-04-08T09:00, PT2H,    Idulfitri 2025 (03-28..04-07)",
            "RI_0000,        2026-12-23T12:00, 2026-12-28T12:00, PT7H30M, Christmas 2026 (12-24 C; 12-25 L)",
            "GORONTALO_7500, 2026-12-23T16:00, 2026-12-28T09:00, PT1H30M, Christmas 2026 (12-24 C; 12-25 L)",
            // start outside service hours or on a holiday
            "RI_0000,        2026-03-16T06:00, 2026-03-16T10:00, PT2H,    before opening counts from 08:00",
            "PAPUA_9400,     2026-03-16T07:00, 2026-03-16T09:00, PT1H,    before opening counts from 08:00",
            "RI_0000,        2026-03-16T16:00, 2026-03-17T10:00, PT2H,    after closing counts from the next opening",
            "GORONTALO_7500, 2026-03-16T17:30, 2026-03-17T09:00, PT30M,   after closing counts from the next opening",
            "RI_0000,        2026-03-19T10:00, 2026-03-25T10:00, PT2H,    on Idulfitri: from the next working day",
            "PAPUA_9400,     2026-12-24T09:00, 2026-12-28T09:00, PT1H,    on cuti bersama counts from Monday",
            "RI_0000,        2026-03-14T10:00, 2026-03-15T12:00, PT0S,    a weekend only",
            "RI_0000,        2026-03-16T16:00, 2026-03-16T20:00, PT0S,    one evening only",
            "RI_0000,        2026-03-16T12:00, 2026-03-16T12:00, PT0S,    no time",
            "RI_0000,        2026-03-16T12:00, 2026-03-16T10:00, PT0S,    backwards",
    })
    void between_countsOnlyServiceHoursOfWorkingDays(OfficeTimes office, String from, String to, Duration expected,
                                                     String why) {
        assertThat(office.time().between(office.at(from), office.at(to))).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: 10 working days from {1} are due {2} ({3})")
    @CsvSource({
            "RI_0000,        2026-03-02T08:00, 2026-03-13T15:30, at opening: the close of the 10th working day",
            "RI_0000,        2026-03-16T08:00, 2026-04-06T15:30, over Idulfitri 2026 and Good Friday 04-03",
            "RI_0000,        2026-03-16T12:00, 2026-04-07T12:00, mid-day: same time 10 working days later",
            "RI_0000,        2026-03-17T16:00, 2026-04-08T15:30, after closing: counts from 03-25 08:00",
            "RI_0000,        2026-03-14T10:00, 2026-04-06T15:30, on Saturday: counts from Monday 08:00",
            "RI_0000,        2025-03-27T10:00, 2025-04-22T10:00, over Idulfitri 2025 and Good Friday 04-18",
            "RI_0000,        2026-12-14T08:00, 2026-12-29T15:30, over Christmas 2026",
            "GORONTALO_7500, 2026-03-17T17:30, 2026-04-08T17:00, after closing, over Idulfitri 2026",
            "GORONTALO_7500, 2026-03-16T10:00, 2026-04-07T10:00, mid-day, over Idulfitri 2026",
            "GORONTALO_7500, 2025-03-27T08:30, 2025-04-21T17:00, at opening, over Idulfitri 2025",
            "PAPUA_9400,     2026-12-14T08:00, 2026-12-29T16:00, at opening, over Christmas 2026",
            "PAPUA_9400,     2026-03-16T15:00, 2026-04-07T15:00, mid-day, over Idulfitri 2026",
    })
    void dueAt_tenWorkingDays(OfficeTimes office, String from, String due, String why) {
        WorkingTime time = office.time();

        Instant dueAt = time.dueAt(office.at(from), time.workingDays(10));

        assertThat(dueAt).as(why).isEqualTo(office.at(due));
        assertThat(time.between(office.at(from), dueAt)).isEqualTo(time.workingDays(10));
    }

    @ParameterizedTest(name = "{0}: a working day is {1}")
    @CsvSource({"RI_0000, PT7H30M, PT75H", "GORONTALO_7500, PT8H30M, PT85H", "PAPUA_9400, PT8H, PT80H"})
    void workingDays_areTheOfficesDailyServiceDuration(OfficeTimes office, Duration day, Duration tenDays) {
        assertThat(office.time().dailyService()).isEqualTo(day);
        assertThat(office.time().workingDays(10)).isEqualTo(tenDays);
        assertThat(office.time().workingDays(3)).isEqualTo(day.multipliedBy(3));
    }

    @ParameterizedTest(name = "{1}: budget {2} -> {3}")
    @CsvSource({
            "RI_0000, 2026-03-16T10:00, PT0S,    2026-03-16T10:00, inside hours: at once",
            "RI_0000, 2026-03-16T16:00, PT0S,    2026-03-17T08:00, after closing: the next opening",
            "RI_0000, 2026-03-16T08:00, PT7H30M, 2026-03-16T15:30, a day from opening: that day's close",
            "RI_0000, 2026-03-16T08:00, PT7H31M, 2026-03-17T08:01, a minute over a day: the next morning",
            "RI_0000, 2026-03-17T15:00, PT1H,    2026-03-25T08:30, over Idulfitri 2026",
    })
    void dueAt_edges(OfficeTimes office, String from, Duration budget, String due, String why) {
        assertThat(office.time().dueAt(office.at(from), budget)).as(why).isEqualTo(office.at(due));
    }

    @Test
    void sameInstant_isADifferentLocalDayPerZone() {
        Instant fridayNightInJakarta = Instant.parse("2026-03-13T15:30:00Z");

        assertThat(RI_0000.time().localDate(fridayNightInJakarta)).isEqualTo("2026-03-13");
        assertThat(GORONTALO_7500.time().localDate(fridayNightInJakarta)).isEqualTo("2026-03-13");
        assertThat(PAPUA_9400.time().localDate(fridayNightInJakarta)).isEqualTo("2026-03-14");
    }

    @Test
    void sameInstants_countDifferentlyPerZone_beforeChristmas2026() {
        // 14:30 WIB (1h to closing), 15:30 WITA (1h30 left), 16:30 WIT (already closed) on Wednesday 12-23.
        Instant from = Instant.parse("2026-12-23T07:30:00Z");
        // Monday 12-28: 08:00 WIB, 09:00 WITA, 10:00 WIT.
        Instant to = Instant.parse("2026-12-28T01:00:00Z");

        assertThat(RI_0000.time().between(from, to)).isEqualTo(Duration.ofHours(1));
        assertThat(GORONTALO_7500.time().between(from, to)).isEqualTo(Duration.ofHours(2));
        assertThat(PAPUA_9400.time().between(from, to)).isEqualTo(Duration.ofHours(2));
        assertThat(PAPUA_9400.time().nextWorkingInstant(from)).isEqualTo(PAPUA_9400.at("2026-12-28T08:00"));
        assertThat(RI_0000.time().nextWorkingInstant(from)).isEqualTo(from);
    }

    @Test
    void sameStart_isDueOnDifferentInstantsPerZone() {
        Instant mondayLateInJakarta = Instant.parse("2026-03-16T16:30:00Z"); // 23:30 WIB, Tue 00:30 WITA, 01:30 WIT

        assertThat(RI_0000.time().dueAt(mondayLateInJakarta, Duration.ZERO)).isEqualTo(RI_0000.at("2026-03-17T08:00"));
        assertThat(GORONTALO_7500.time().dueAt(mondayLateInJakarta, GORONTALO_7500.time().workingDays(10)))
                .isEqualTo(GORONTALO_7500.at("2026-04-07T17:00"));
        assertThat(PAPUA_9400.time().dueAt(mondayLateInJakarta, PAPUA_9400.time().workingDays(10)))
                .isEqualTo(Instant.parse("2026-04-07T07:00:00Z"));
    }

    @Test
    void anOfficeWithoutHoursOrWeekdays_isRefused() {
        Set<DayOfWeek> monday = Set.of(DayOfWeek.MONDAY);
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        assertThatThrownBy(() -> new WorkingTime(wib, LocalTime.of(16, 0), LocalTime.of(8, 0), monday, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingTime(wib, LocalTime.of(8, 0), LocalTime.of(16, 0), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        Set<LocalDate> none = Set.of();
        assertThatThrownBy(() -> new WorkingTime(wib, LocalTime.of(8, 0), LocalTime.of(16, 0), monday, none)
                .dueAt(Instant.EPOCH, Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
