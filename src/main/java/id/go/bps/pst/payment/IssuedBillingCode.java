package id.go.bps.pst.payment;

import java.time.Instant;

/** The billing system's answer: the 15-digit code, the amount it bills and when the code stops being payable. */
public record IssuedBillingCode(String code, long amount, Instant expiresAt) {
}
