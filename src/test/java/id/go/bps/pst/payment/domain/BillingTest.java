package id.go.bps.pst.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.bps.pst.payment.BillingCodeStatus;

class BillingTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T03:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-03-09T03:00:00Z");

    private static Billing code() {
        return Billing.issued("PST-3300-2026-000001", "3300", 150_000, "820260302000001", ISSUED, EXPIRES);
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource(textBlock = """
            2026-03-02T03:00:00Z, ISSUED
            2026-03-09T02:59:59Z, ISSUED
            2026-03-09T03:00:00Z, EXPIRED
            2026-04-01T00:00:00Z, EXPIRED
            """)
    void statusAt_expiresAtTheExpiryInstant(Instant now, BillingCodeStatus expected) {
        assertThat(code().statusAt(now)).isEqualTo(expected);
        assertThat(code().payableAt(now)).isEqualTo(expected == BillingCodeStatus.ISSUED);
    }

    @Test
    void supersede_beforeExpiry_isSupersededAndNoLongerPayable() {
        Billing code = code();
        code.supersede(ISSUED.plusSeconds(60));
        assertThat(code.storedStatus()).isEqualTo(BillingCodeStatus.SUPERSEDED);
        assertThat(code.payableAt(ISSUED.plusSeconds(61))).isFalse();
    }

    @Test
    void supersede_afterExpiry_isRecordedAsExpired() {
        Billing code = code();
        code.supersede(EXPIRES.plusSeconds(1));
        assertThat(code.storedStatus()).isEqualTo(BillingCodeStatus.EXPIRED);
    }

    @Test
    void supersede_ofAPaidCode_keepsItPaid() {
        Billing code = code();
        code.markPaid("0A1B2C3D4E5F6G7H", 150_000, ISSUED.plusSeconds(60), "BANK X");
        code.supersede(ISSUED.plusSeconds(120));
        assertThat(code.storedStatus()).isEqualTo(BillingCodeStatus.PAID);
        assertThat(code.ntpn()).isEqualTo("0A1B2C3D4E5F6G7H");
    }

    @Test
    void markPaid_afterExpiry_isRefused() {
        assertThatThrownBy(() -> code().markPaid("0A1B2C3D4E5F6G7H", 150_000, EXPIRES, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void instants_areKeptToTheMicrosecondLikeTheDatabases() {
        Billing code = Billing.issued("PST-3300-2026-000001", "3300", 1, "820260302000001",
                Instant.parse("2026-03-02T03:00:00.123456789Z"), Instant.parse("2026-03-09T03:00:00.999999999Z"));
        assertThat(code.expiresAt()).isEqualTo(Instant.parse("2026-03-09T03:00:00.999999Z"));
    }
}
