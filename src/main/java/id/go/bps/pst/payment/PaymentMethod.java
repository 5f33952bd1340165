package id.go.bps.pst.payment;

/** How a payment reached the state: a billing code (proved by an NTPN), a transfer from abroad, or cash at the desk. */
public enum PaymentMethod {
    BILLING_CODE,
    /** A customer abroad transferred the amount and a treasurer accepted the proof (no NTPN). */
    TRANSFER,
    /** Cash paid to the treasurer at the desk (walk-in, seed 001 step 14a); the treasurer recorded it. */
    CASH
}
