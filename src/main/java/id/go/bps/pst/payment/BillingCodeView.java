package id.go.bps.pst.payment;

import java.time.Instant;

/** A billing code as the other modules see it; the status already accounts for the expiry at the time of asking. */
public record BillingCodeView(String requestNumber, String officeCode, String code, long amount, Instant issuedAt,
                              Instant expiresAt, BillingCodeStatus status) {
}
