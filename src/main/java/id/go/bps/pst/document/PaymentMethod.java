package id.go.bps.pst.document;

/** How a sale was paid, as the receipt names it. */
public enum PaymentMethod {
    /** SIMPONI billing code; the reference is the NTPN. */
    BILLING_CODE("Kode billing SIMPONI", "NTPN"),
    /** Transfer from abroad verified by the treasurer; the reference is the verification's reference. */
    BANK_TRANSFER("Transfer bank (diverifikasi bendahara)", "Referensi verifikasi transfer"),
    /** Cash to the treasurer at the desk (walk-in). */
    CASH("Tunai kepada bendahara penerimaan", "Nomor bukti setor");

    private final String label;
    private final String referenceLabel;

    PaymentMethod(String label, String referenceLabel) {
        this.label = label;
        this.referenceLabel = referenceLabel;
    }

    public String label() {
        return label;
    }

    public String referenceLabel() {
        return referenceLabel;
    }
}
