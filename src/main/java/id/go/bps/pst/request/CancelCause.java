package id.go.bps.pst.request;

import id.go.bps.pst.platform.Message;

/** Why the online sale cancelled a request (the local {@code cancelReason} of each cancel task in the model). */
public enum CancelCause {
    ABSTRACT_MISMATCH("Abstraksi tidak sesuai dengan data yang diminta; Anda dapat membuat permintaan baru.",
            "The abstract does not match the data requested; you may make a new request."),
    DOCUMENT_OVERDUE("Dokumen yang kurang tidak dikirim sampai batas waktu.",
            "The missing document was not sent by the deadline."),
    OFFER_EXPIRED("Penawaran tidak diperiksa sampai invoice kedaluwarsa.",
            "The offer was not reviewed before the invoice expired."),
    PAYMENT_NOT_MADE("Pembayaran tidak diterima sampai invoice kedaluwarsa.",
            "No payment arrived before the invoice expired.");

    private final Message label;

    CancelCause(String id, String en) {
        this.label = Message.of(id, en);
    }

    public Message label() {
        return label;
    }
}
