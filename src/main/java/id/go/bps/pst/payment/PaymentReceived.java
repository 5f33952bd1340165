package id.go.bps.pst.payment;

import java.time.Instant;

/**
 * A billing code was paid: published inside the transaction that records the payment, once per NTPN (a repeated
 * notification publishes nothing). A listener that talks to the engine decides itself whether to wait for the
 * commit. Transfers from abroad publish nothing: the treasurer's task already moves their process on.
 */
public record PaymentReceived(String requestNumber, String billingCode, String ntpn, long amount, Instant paidAt) {
}
