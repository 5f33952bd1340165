package id.go.bps.pst.document;

import java.time.Instant;

/**
 * An invoice, receipt or agreement just issued: its data is stored, the PDF renders on the first download.
 *
 * @param amount     whole rupiah (invoice total, receipt amount); null for an agreement
 * @param validUntil invoices only: the end of the invoice's validity (process variable {@code invoiceValidUntil})
 */
public record IssuedDocument(long documentId, DocumentKind kind, String number, String verificationCode,
                             Instant issuedAt, Long amount, Instant validUntil) {
}
