package id.go.bps.pst.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentSettingsTest {

    private static final String STRONG = "a-shared-secret-of-at-least-32-bytes!";

    @Test
    void nothingSet_withTheSimulator_isSevenDaysOneMonthAndTheSimulatorKey() {
        PaymentSettings settings = new PaymentSettings(null, null, null, new PaymentSettings.Simulator(true));

        assertThat(settings.billingCodeValidity()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.invoiceValidity()).isEqualTo(Period.ofMonths(1));
        assertThat(settings.notificationSecret()).isEqualTo(PaymentSettings.SIMULATOR_SECRET);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void noSecret_withoutTheSimulator_stopsTheStartAndSaysWhatToSet(String secret) {
        assertThatThrownBy(() -> new PaymentSettings(null, null, secret, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PST_PAYMENT_NOTIFICATION_SECRET");
    }

    @Test
    void shortSecret_isRefusedEvenWithTheSimulator() {
        assertThatThrownBy(() -> new PaymentSettings(null, null, "short", new PaymentSettings.Simulator(true)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void givenSecret_isUsedWithOrWithoutTheSimulator() {
        assertThat(new PaymentSettings(null, null, STRONG, null).notificationSecret()).isEqualTo(STRONG);
        assertThat(new PaymentSettings(null, null, STRONG, new PaymentSettings.Simulator(true)).notificationSecret())
                .isEqualTo(STRONG);
    }

    @Test
    void zeroValidity_isRefused() {
        assertThatThrownBy(() -> new PaymentSettings(Duration.ZERO, null, STRONG, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toString_hidesTheSecret() {
        assertThat(new PaymentSettings(null, null, STRONG, null).toString()).doesNotContain(STRONG).contains("***");
    }
}
