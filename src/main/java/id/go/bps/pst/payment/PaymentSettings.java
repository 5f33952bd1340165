package id.go.bps.pst.payment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the payment module ({@code pst.payment.*}).
 *
 * @param billingCodeValidity how long a billing code stays payable (SIMPONI codes observed with 7 days)
 * @param invoiceValidity     how long an invoice stays valid (one month); no billing code outlives it
 * @param notificationSecret  the HMAC-SHA256 key shared with the billing gateway, at least 32 bytes. Required
 *                            unless the simulator is on, which then signs with a built-in development key
 * @param simulator           the embedded billing simulator; never on in production
 */
@ConfigurationProperties("pst.payment")
public record PaymentSettings(Duration billingCodeValidity, Period invoiceValidity, String notificationSecret,
                              Simulator simulator) {

    /** Known to everyone who reads this code: acceptable only where the simulator can mark any code paid anyway. */
    static final String SIMULATOR_SECRET = "pst-billing-simulator-secret-not-for-production";

    static final int MIN_SECRET_BYTES = 32;

    public PaymentSettings {
        billingCodeValidity = billingCodeValidity == null ? Duration.ofDays(7) : billingCodeValidity;
        invoiceValidity = invoiceValidity == null ? Period.ofMonths(1) : invoiceValidity;
        simulator = simulator == null ? new Simulator(false) : simulator;
        notificationSecret = secretOrDefault(notificationSecret, simulator.enabled());
        if (billingCodeValidity.isNegative() || billingCodeValidity.isZero()) {
            throw new IllegalStateException("pst.payment.billing-code-validity must be positive, e.g. P7D");
        }
    }

    /** Keeps the key out of logs and error messages. */
    @Override
    public String toString() {
        return "PaymentSettings[billingCodeValidity=" + billingCodeValidity + ", invoiceValidity=" + invoiceValidity
                + ", notificationSecret=***, simulator=" + simulator + "]";
    }

    /** @param enabled on only in the default (demo) profile: it issues codes and marks them paid on request */
    public record Simulator(boolean enabled) {
    }

    private static String secretOrDefault(String secret, boolean simulatorOn) {
        if (secret == null || secret.isBlank()) {
            if (simulatorOn) {
                return SIMULATOR_SECRET;
            }
            throw new IllegalStateException("pst.payment.notification-secret is required when the billing "
                    + "simulator is off: set PST_PAYMENT_NOTIFICATION_SECRET to the HMAC key shared with the "
                    + "billing gateway (at least " + MIN_SECRET_BYTES + " bytes)");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("pst.payment.notification-secret must have at least " + MIN_SECRET_BYTES
                    + " bytes: a short HMAC key can be guessed");
        }
        return secret;
    }
}
