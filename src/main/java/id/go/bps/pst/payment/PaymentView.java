package id.go.bps.pst.payment;

import java.time.Instant;

/**
 * A payment received for a request.
 *
 * @param billingCode null for a transfer
 * @param ntpn        null for a transfer
 * @param channel     the bank or channel the gateway named, if any
 * @param verifiedBy  the treasurer who accepted a transfer proof; null for a billing code
 */
public record PaymentView(String requestNumber, PaymentMethod method, long amount, Instant paidAt,
                          String billingCode, String ntpn, String channel, String verifiedBy) {
}
