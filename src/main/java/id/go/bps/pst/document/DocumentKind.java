package id.go.bps.pst.document;

import id.go.bps.pst.platform.Message;

/**
 * What a file of a request is. Customers upload the documents the sale rules require (seeds 000, 002, 004),
 * officers upload the sample and the product files, and the application issues the invoice, the receipt (kuitansi)
 * and the data-use agreement (SPPD).
 */
public enum DocumentKind {
    ABSTRACT(Origin.CUSTOMER, "Abstraksi penggunaan data", "Data-use abstract"),
    ZERO_RUPIAH_LETTER(Origin.CUSTOMER, "Surat permohonan nol rupiah", "Zero-rupiah request letter"),
    DATA_REQUEST_LETTER(Origin.CUSTOMER, "Surat permintaan data", "Data request letter"),
    NPWP_CARD(Origin.CUSTOMER, "Kartu NPWP", "NPWP card"),
    TRANSFER_PROOF(Origin.CUSTOMER, "Bukti transfer", "Transfer proof"),
    SIGNED_AGREEMENT(Origin.CUSTOMER, "SPPD yang telah ditandatangani", "Signed data-use agreement (SPPD)"),
    DATA_SAMPLE(Origin.OFFICER, "Contoh data", "Data sample"),
    PRODUCT_FILE(Origin.OFFICER, "Berkas produk", "Product file"),
    INVOICE(Origin.ISSUED, "Invoice", "Invoice"),
    RECEIPT(Origin.ISSUED, "Kuitansi", "Receipt"),
    AGREEMENT(Origin.ISSUED, "Surat Perjanjian Penggunaan Data (SPPD)", "Data-use agreement (SPPD)");

    /** Who brings a document of this kind into the request. */
    public enum Origin { CUSTOMER, OFFICER, ISSUED }

    private final Origin origin;
    private final Message label;

    DocumentKind(Origin origin, String indonesian, String english) {
        this.origin = origin;
        this.label = Message.of(indonesian, english);
    }

    public Origin origin() {
        return origin;
    }

    public Message label() {
        return label;
    }

    /** Officers send several samples and product files (one per product); a new one replaces only its namesake. */
    public boolean allowsSeveral() {
        return this == DATA_SAMPLE || this == PRODUCT_FILE;
    }

    /** A customer gets these only through a download grant (delivery), with a limit and an expiry. */
    public boolean needsGrant() {
        return this == PRODUCT_FILE || this == RECEIPT;
    }
}
