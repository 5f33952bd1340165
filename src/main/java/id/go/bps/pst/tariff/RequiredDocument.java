package id.go.bps.pst.tariff;

import id.go.bps.pst.platform.Message;

/**
 * A document the customer must hand in before a sale can go on (seeds 000 and 002). The codes are the values the
 * required-documents decision returns, so renaming one means changing the DMN too.
 */
public enum RequiredDocument {
    NPWP("NPWP aktif", "Active NPWP (tax identification number)"),
    ABSTRACT("Abstraksi penggunaan data", "Data-use abstract"),
    SPPD("Surat Perjanjian Penggunaan Data (SPPD), 2 rangkap bermeterai",
            "Data-use agreement (SPPD), two copies signed over a duty stamp"),
    ZERO_RUPIAH_LETTER("Surat permohonan nol rupiah", "Zero-rupiah request letter"),
    DATA_REQUEST_LETTER("Surat permintaan data", "Data request letter");

    private final Message label;

    RequiredDocument(String indonesian, String english) {
        this.label = Message.of(indonesian, english);
    }

    public Message label() {
        return label;
    }

    /** The document as the API shows it: its code and its name in both languages. */
    public DocumentView view() {
        return new DocumentView(name(), label);
    }
}
