package id.go.bps.pst.payment;

/** Where a billing code stands. A code is payable only while {@link #ISSUED} and before its expiry. */
public enum BillingCodeStatus {
    ISSUED,
    PAID,
    EXPIRED,
    /** Replaced by a newer code for the same request: no longer accepted, even before its own expiry. */
    SUPERSEDED
}
