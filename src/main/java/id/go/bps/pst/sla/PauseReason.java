package id.go.bps.pst.sla;

/**
 * Why a clock pauses: the request waits on the customer (issue 5; the waits of {@code docs/online-sale.md}), so the
 * time does not count against the office.
 */
public enum PauseReason {
    /** {@code ReceiveTask_WaitForDocument}: a required document is missing. */
    MISSING_DOCUMENT,
    /** {@code ReceiveTask_WaitForOfferReview}: the customer reviews the sample, invoice and SPPD. */
    OFFER_REVIEW,
    /** {@code CallActivity_Payment}: the customer pays (billing code, or a transfer and its proof). */
    PAYMENT,
    /** {@code CallActivity_Agreement}: the customer sends the signed SPPD. */
    AGREEMENT
}
