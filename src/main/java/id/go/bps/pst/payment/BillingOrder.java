package id.go.bps.pst.payment;

import java.time.Instant;

/**
 * What the billing system is asked to bill: one request's PNBP amount, in whole rupiah.
 *
 * @param expiresAt the latest expiry acceptable: the billing code validity, capped at the invoice's end
 */
public record BillingOrder(String requestNumber, String officeCode, long amount, Instant expiresAt) {
}
