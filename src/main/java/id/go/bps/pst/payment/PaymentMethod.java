package id.go.bps.pst.payment;

/** How a payment reached the state: a billing code (proved by an NTPN), or a transfer from abroad. */
public enum PaymentMethod {
    BILLING_CODE,
    /** A customer abroad transferred the amount and a treasurer accepted the proof (no NTPN). */
    TRANSFER
}
