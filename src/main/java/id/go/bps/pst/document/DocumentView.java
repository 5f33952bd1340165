package id.go.bps.pst.document;

import java.time.Instant;

/**
 * A document of a request as other modules see it.
 *
 * @param contentType      detected from the bytes (uploads) or {@code application/pdf} (issued documents)
 * @param sizeBytes        null for an issued document not rendered yet
 * @param sha256           hex checksum of the content; null for an issued document not rendered yet
 * @param superseded       replaced by a newer document of the same kind (kept for the record)
 * @param number           issued documents only: the invoice, receipt or agreement number
 * @param verificationCode issued documents only: the code the public verification endpoint answers to
 * @param amount           invoices and receipts only: whole rupiah
 */
public record DocumentView(long id, String requestNumber, DocumentKind kind, String fileName, String contentType,
                           Long sizeBytes, String sha256, Actor createdBy, Instant createdAt, boolean superseded,
                           String number, String verificationCode, Long amount) {

    public boolean isIssued() {
        return kind.origin() == DocumentKind.Origin.ISSUED;
    }
}
