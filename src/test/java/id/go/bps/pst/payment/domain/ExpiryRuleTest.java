package id.go.bps.pst.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiryRuleTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T03:00:00Z");

    @ParameterizedTest(name = "validity {0}, invoice until {1} -> {2}")
    @CsvSource(nullValues = "none", textBlock = """
            P7D, 2026-04-02T03:00:00Z, 2026-03-09T03:00:00Z
            P7D, none,                 2026-03-09T03:00:00Z
            P7D, 2026-03-05T10:00:00Z, 2026-03-05T10:00:00Z
            P7D, 2026-03-09T03:00:00Z, 2026-03-09T03:00:00Z
            P7D, 2026-03-09T03:00:01Z, 2026-03-09T03:00:00Z
            PT1H, 2026-04-02T03:00:00Z, 2026-03-02T04:00:00Z
            """)
    void expiry_isTheValidityCappedAtTheInvoicesEnd(Duration validity, Instant invoiceValidUntil,
                                                    Instant expected) {
        assertThat(ExpiryRule.cap(ISSUED, validity, invoiceValidUntil)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "earlier of {0} and {1} is {2}")
    @CsvSource(nullValues = "none", textBlock = """
            2026-03-02T00:00:00Z, 2026-03-03T00:00:00Z, 2026-03-02T00:00:00Z
            2026-03-03T00:00:00Z, 2026-03-02T00:00:00Z, 2026-03-02T00:00:00Z
            2026-03-02T00:00:00Z, none,                 2026-03-02T00:00:00Z
            none,                 2026-03-02T00:00:00Z, 2026-03-02T00:00:00Z
            """)
    void earlier_ignoresAMissingInstant(Instant a, Instant b, Instant expected) {
        assertThat(ExpiryRule.earlier(a, b)).isEqualTo(expected);
    }
}
