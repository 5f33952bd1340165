package id.go.bps.pst.document.domain;

import java.time.Instant;

import id.go.bps.pst.document.DocumentKind;

/**
 * What the templates print about an issued document besides its data: number, verification code and address,
 * dates. {@code data} is the {@code InvoiceData}, {@code ReceiptData} or {@code AgreementData} frozen at issue time.
 */
public record Printed(DocumentKind kind, String number, String verificationCode, String verificationUrl,
                      Instant issuedAt, Instant validUntil, Object data) {
}
