package id.go.bps.pst.tariff.domain;

import static id.go.bps.pst.tariff.domain.TestSchedules.PP13_FROM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bps.pst.catalog.MapLevel;
import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.platform.ApiProblem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class ScheduleFinderTest {

    private static final LocalDate OLD_FROM = LocalDate.of(2015, 3, 1);

    /** Like the repository: started on or before the date, newest first. */
    private static ScheduleFinder finderOver(TariffSchedule... schedules) {
        return new ScheduleFinder(date -> List.of(schedules).stream()
                .filter(schedule -> !schedule.effectiveFrom().isAfter(date))
                .sorted(Comparator.comparing(TariffSchedule::effectiveFrom).reversed())
                .toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2015-03-01, OLD",
            "2023-12-31, OLD",
            "2024-01-01, PP-13-2024",
            "2026-11-21, PP-13-2024",
            "2099-12-31, PP-13-2024"
    })
    void dateWithPredecessorClosedTheDayBefore_picksTheScheduleInForce(LocalDate date, String expectedCode) {
        ScheduleFinder finder = finderOver(TestSchedules.predecessor(OLD_FROM, PP13_FROM.minusDays(1)),
                TestSchedules.pp13());

        assertThat(finder.inForceOn(date).code()).isEqualTo(expectedCode);
    }

    @Test
    void dateBeforeEverySchedule_isUnprocessableWithBothLanguages() {
        ScheduleFinder finder = finderOver(TestSchedules.pp13());

        assertThatThrownBy(() -> finder.inForceOn(PP13_FROM.minusDays(1)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat(problem.code()).isEqualTo("tariff.noScheduleInForce");
                    assertThat(problem.text().id()).contains("2023-12-31");
                    assertThat(problem.text().en()).contains("2023-12-31");
                });
    }

    @Test
    void onEffectiveDate_scheduleIsInForce() {
        assertThat(finderOver(TestSchedules.pp13()).inForceOn(PP13_FROM).code()).isEqualTo("PP-13-2024");
    }

    @Test
    void closedSchedule_isNotInForceAfterItsLastDay() {
        TariffSchedule closed = TestSchedules.pp13(PP13_FROM, LocalDate.of(2030, 6, 30));

        assertThat(closed.isInForceOn(LocalDate.of(2030, 6, 30))).isTrue();
        assertThat(closed.isInForceOn(LocalDate.of(2030, 7, 1))).isFalse();
    }

    @Test
    void overlappingSchedules_newerOneWins() {
        TariffSchedule openOld = TestSchedules.predecessor(OLD_FROM, null);

        assertThat(ScheduleFinder.pick(List.of(openOld, TestSchedules.pp13()), PP13_FROM))
                .get().extracting(TariffSchedule::code).isEqualTo("PP-13-2024");
    }

    @Test
    void scheduleEndingBeforeItStarts_isRefused() {
        assertThatThrownBy(() -> TestSchedules.pp13(PP13_FROM, PP13_FROM.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} {1} processed={2} -> {3} Rp{4} for quantity {5}")
    @CsvSource({
            "ELECTRONIC_PUBLICATION, , false, PUB-ELEC, 275000, 782",
            "PRINTED_PUBLICATION, , false, PUB-PRINT, 275000, 782",
            "MICRODATA, , false, MD-RAW, 50000, 2500000",
            "MICRODATA, , true, MD-PROC, 55000, 2500000",
            "WILKERSTAT_MAP, NATIONAL_BY_DISTRICT, false, MAP-ID-KEC, 12000000, 1",
            "WILKERSTAT_MAP, NATIONAL_BY_VILLAGE, false, MAP-ID-DESA, 36000000, 1",
            "WILKERSTAT_MAP, REGENCY_BY_DISTRICT, false, MAP-KAB-KEC, 30000, 1",
            "WILKERSTAT_MAP, REGENCY_BY_VILLAGE, false, MAP-KAB-DESA, 70000, 1"
    })
    void pp13_hasOneLinePerProductKind(ProductType type, MapLevel level, boolean processed, String lineCode,
                                       long amount, long quantity) {
        TariffLine line = TestSchedules.pp13().lineFor(type, level, processed).orElseThrow();

        assertThat(line.lineCode()).isEqualTo(lineCode);
        assertThat(line.amountFor(quantity)).isEqualTo(amount);
    }

    @Test
    void mapWithoutLevel_hasNoLine() {
        assertThat(TestSchedules.pp13().lineFor(ProductType.WILKERSTAT_MAP, null, false)).isEmpty();
    }
}
