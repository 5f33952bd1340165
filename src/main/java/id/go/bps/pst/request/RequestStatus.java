package id.go.bps.pst.request;

import id.go.bps.pst.platform.Message;

/** What a customer sees of a request, in Indonesian and English ("Transaksi Saya"). */
public enum RequestStatus {
    DRAFT("Draf: lengkapi dokumen lalu ajukan", "Draft: add the documents, then submit"),
    CHECKING_DOCUMENTS("Dokumen sedang diperiksa petugas", "An officer is checking the documents"),
    WAITING_DOCUMENT("Menunggu dokumen yang kurang", "Waiting for a missing document"),
    PREPARING_OFFER("Petugas menyiapkan invoice dan contoh data", "An officer is preparing the invoice and sample"),
    WAITING_OFFER_REVIEW("Menunggu Anda memeriksa invoice, contoh data dan SPPD",
            "Waiting for you to check the invoice, sample and agreement"),
    WAITING_PAYMENT("Menunggu pembayaran", "Waiting for payment"),
    BILLING_CODE_EXPIRED("Kode billing kedaluwarsa; kode baru diterbitkan",
            "The billing code expired; a new one is issued"),
    VERIFYING_TRANSFER("Bendahara memeriksa bukti transfer", "The treasurer is checking the transfer proof"),
    TRANSFER_REJECTED("Bukti transfer ditolak; unggah bukti yang benar",
            "The transfer proof was rejected; upload a correct one"),
    PAID("Pembayaran diterima", "Payment received"),
    WAITING_AGREEMENT("Menunggu SPPD yang ditandatangani", "Waiting for the signed agreement"),
    VERIFYING_AGREEMENT("Petugas memeriksa SPPD", "An officer is checking the agreement"),
    AGREEMENT_REJECTED("SPPD ditolak; kirim ulang yang benar", "The agreement was rejected; send a correct one"),
    AGREEMENT_ACCEPTED("SPPD diterima", "Agreement accepted"),
    PREPARING_DELIVERY("Petugas menyiapkan produk", "An officer is preparing the product"),
    DELIVERED("Produk dapat diunduh", "The product can be downloaded"),
    REVISING("Petugas memperbaiki produk", "An officer is revising the product"),
    DONE("Selesai", "Done"),
    CANCELLED("Dibatalkan", "Cancelled");

    private final Message label;

    RequestStatus(String id, String en) {
        this.label = Message.of(id, en);
    }

    public Message label() {
        return label;
    }

    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}
