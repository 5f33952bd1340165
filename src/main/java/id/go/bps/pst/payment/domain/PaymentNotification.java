package id.go.bps.pst.payment.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import id.go.bps.pst.identifiers.ValidBillingCode;
import id.go.bps.pst.identifiers.ValidNtpn;

/**
 * What the billing gateway says was paid: the JSON body of {@code POST /api/payments/notifications}.
 *
 * @param paidAt  when the bank took the payment (ISO 8601 with an offset, e.g. {@code 2026-03-02T10:15:30+07:00})
 * @param channel the bank or channel, if the gateway names it
 */
public record PaymentNotification(
        @NotBlank(message = "{pst.payment.billing-code.required}") @ValidBillingCode String billingCode,
        @NotBlank(message = "{pst.payment.ntpn.required}") @ValidNtpn String ntpn,
        @NotNull(message = "{pst.payment.amount.positive}") @Positive(message = "{pst.payment.amount.positive}")
        Long amount,
        @NotNull(message = "{pst.payment.paid-at.required}") Instant paidAt,
        @Size(max = 64, message = "{pst.payment.channel.length}") String channel) {

    /** Customers and banks copy an NTPN in either case; it is stored in upper case, like the receipt prints it. */
    public String normalizedNtpn() {
        return ntpn.strip().toUpperCase(Locale.ROOT);
    }

    public String normalizedCode() {
        return billingCode.strip();
    }
}
