package id.go.bps.pst.request;

import java.time.Instant;
import java.util.List;

import id.go.bps.pst.document.DocumentView;
import id.go.bps.pst.platform.Message;

/**
 * A request as its customer sees it: what was ordered and at which price, where it stands, what happened when, and
 * what the customer can do now.
 *
 * @param actions  the customer actions the request accepts now (anything else answers 409)
 * @param slaDueAt the request's SLA clock (issue 5): when 10 working days of office-held time run out, counted from
 *                 the documents found complete; it moves by the time the customer holds the ball. Null before the
 *                 clock starts and while it is paused (nobody knows when the customer acts); after delivery, the
 *                 due date the request was measured against
 */
public record RequestDetail(String number, String officeCode, RequestStatus status, Message statusLabel,
                            String statusReason, CancelCause cancelCause, Message cancelLabel, String segment, String purpose, boolean abroad, boolean zeroRupiah,
                            boolean needsAgreement, long totalAmount, long listTotal, String currency,
                            String regulationCode, List<Line> lines, List<String> requiredDocuments,
                            AbstractFields abstractFields,
                            List<TimelineEntry> timeline, List<CustomerAction> actions, Payment payment,
                            List<DocumentView> documents, Instant slaDueAt, Instant createdAt, Instant submittedAt,
                            Instant closedAt) {

    /**
     * How to pay and whether it is paid: the current billing code (domestic) and its expiry, or nothing yet.
     *
     * @param billingCode 15 digits to pay at a bank or post office (null abroad or before the offer is accepted)
     * @param paid        a payment is recorded (NTPN, or a transfer the treasurer accepted)
     */
    public record Payment(String billingCode, Instant billingCodeExpiresAt, long amount, boolean paid) {
    }

    /** A priced product; variables and regions as chosen (null: all). */
    public record Line(String productCode, String title, String productType, String tariffLineCode, long quantity,
                       String unit, long listAmount, long chargedAmount, String variables, String regions,
                       boolean processed) {
    }
}
