package id.go.bps.pst.request;

import java.time.Instant;

import id.go.bps.pst.platform.Message;

/** One line of "Transaksi Saya". */
public record RequestSummary(String number, String officeCode, RequestStatus status, Message statusLabel,
                             long totalAmount, Instant createdAt, Instant submittedAt) {
}
