package id.go.bps.pst.request;

import java.time.Instant;
import java.util.List;

import id.go.bps.pst.platform.Message;

/**
 * A request as its customer sees it: what was ordered and at which price, where it stands, what happened when, and
 * what the customer can do now.
 *
 * @param actions the customer actions the request accepts now (anything else answers 409)
 */
public record RequestDetail(String number, String officeCode, RequestStatus status, Message statusLabel,
                            String statusReason, CancelCause cancelCause, Message cancelLabel, String segment, String purpose, boolean abroad, boolean zeroRupiah,
                            boolean needsAgreement, long totalAmount, long listTotal, String currency,
                            String regulationCode, List<Line> lines, List<String> requiredDocuments,
                            List<TimelineEntry> timeline, List<CustomerAction> actions, Instant createdAt,
                            Instant submittedAt, Instant closedAt) {

    /** A priced product; variables and regions as chosen (null: all). */
    public record Line(String productCode, String title, String productType, String tariffLineCode, long quantity,
                       String unit, long listAmount, long chargedAmount, String variables, String regions,
                       boolean processed) {
    }
}
