package id.go.bps.pst.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TariffCalculatorTest {

    private static final LineDefinition PUBLICATION = LineDefinition.tiered(50_000, 50, 15_000, 50);
    private static final LineDefinition RAW_MICRODATA = LineDefinition.tiered(20_000, 1_000_000, 20, 1_000);
    private static final LineDefinition PROCESSED_MICRODATA = LineDefinition.tiered(22_000, 1_000_000, 22, 1_000);

    @ParameterizedTest(name = "{0} pages cost Rp{1}")
    @CsvSource({
            "1, 50000",
            "49, 50000",
            "50, 50000",
            "51, 65000",
            "99, 65000",
            "100, 65000",
            "101, 80000",
            "150, 80000",
            "151, 95000",
            // Statistik Indonesia 2025: 732 pages beyond the first 50 are 14 full steps and a part = 15 steps.
            "782, 275000"
    })
    void publication_firstFiftyPagesThenEachFiftyOrPart(long pages, long expected) {
        assertThat(TariffCalculator.amount(PUBLICATION, pages)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} bytes raw cost Rp{1}, processed Rp{2}")
    @CsvSource({
            "1, 20000, 22000",
            "999999, 20000, 22000",
            "1000000, 20000, 22000",
            "1000001, 20020, 22022",
            "1000999, 20020, 22022",
            "1001000, 20020, 22022",
            "1001001, 20040, 22044",
            "2500000, 50000, 55000",
            // 5 GB: 4,999,000 steps of 1,000 bytes beyond the first MB.
            "5000000000, 100000000, 110000000",
            "5000000001, 100000020, 110000022"
    })
    void microdata_firstMegabyteThenEachThousandBytesOrPart(long bytes, long raw, long processed) {
        assertThat(TariffCalculator.amount(RAW_MICRODATA, bytes)).isEqualTo(raw);
        assertThat(TariffCalculator.amount(PROCESSED_MICRODATA, bytes)).isEqualTo(processed);
    }

    @Test
    void microdata_largestLongQuantity_isPricedWithoutOverflow() {
        long steps = (Long.MAX_VALUE - 1_000_000) / 1_000 + 1;
        assertThat(TariffCalculator.amount(RAW_MICRODATA, Long.MAX_VALUE)).isEqualTo(20_000 + steps * 20);
    }

    @ParameterizedTest(name = "{1} maps at Rp{0} cost Rp{2}")
    @CsvSource({
            "12000000, 1, 12000000",
            "36000000, 1, 36000000",
            "30000, 1, 30000",
            "70000, 1, 70000",
            "70000, 3, 210000"
    })
    void map_isPricedPerMap(long amount, long maps, long expected) {
        assertThat(TariffCalculator.amount(LineDefinition.perUnit(amount), maps)).isEqualTo(expected);
    }

    @Test
    void perUnit_amountBeyondLong_failsInsteadOfWrapping() {
        assertThatThrownBy(() -> TariffCalculator.amount(LineDefinition.perUnit(36_000_000), Long.MAX_VALUE / 2))
                .isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void quantityBelowOne_isRefused(long quantity) {
        assertThatThrownBy(() -> TariffCalculator.amount(PUBLICATION, quantity))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lineDefinition_withZeroStep_isRefused() {
        assertThatThrownBy(() -> LineDefinition.tiered(50_000, 50, 15_000, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "ceil({0} / {1}) = {2}")
    @CsvSource({"0, 50, 0", "1, 50, 1", "50, 50, 1", "51, 50, 2", "9223372036854775807, 1000, 9223372036854776"})
    void ceilDiv_roundsUpWithoutOverflow(long a, long b, long expected) {
        assertThat(TariffCalculator.ceilDiv(a, b)).isEqualTo(expected);
    }
}
