package id.go.bps.pst.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every notice of the online sale ({@code docs/online-sale.md}, {@code SendTask_Notify*}): who reads it, its subject
 * in Indonesian and English, and the process variables its text may show. Its mail text is the template
 * {@code templates/mail/<template()>.txt}.
 */
public enum Notice {
    NEW_REQUEST(Audience.OFFICERS, "Permintaan baru", "New request"),
    DOCUMENT_MISSING(Audience.CUSTOMER, "Dokumen belum lengkap", "Documents incomplete", "decisionReason"),
    REQUEST_CANCELLED(Audience.CUSTOMER, "Permintaan dibatalkan", "Request cancelled", "decisionReason"),
    OFFER_READY(Audience.CUSTOMER, "Invoice siap diperiksa", "Offer ready for review",
            "totalAmount", "invoiceValidUntil"),
    BILLING_CODE_ISSUED(Audience.CUSTOMER, "Kode billing terbit", "Billing code issued",
            "totalAmount", "billingCodeExpiresAt"),
    TRANSFER_INSTRUCTIONS(Audience.CUSTOMER, "Petunjuk pembayaran transfer", "Bank transfer instructions",
            "totalAmount", "invoiceValidUntil"),
    TRANSFER_REJECTED(Audience.CUSTOMER, "Bukti transfer ditolak", "Transfer proof rejected", "decisionReason"),
    PAYMENT_RECEIVED(Audience.CUSTOMER, "Pembayaran diterima", "Payment received"),
    AGREEMENT_REJECTED(Audience.CUSTOMER, "SPPD ditolak", "Data-use agreement (SPPD) rejected", "decisionReason"),
    NEW_TRANSFER_PROOF(Audience.TREASURERS, "Bukti transfer baru", "New transfer proof"),
    NEW_AGREEMENT(Audience.OFFICERS, "SPPD baru untuk diverifikasi", "New signed agreement (SPPD) to verify"),
    DELIVERED(Audience.CUSTOMER, "Produk siap diunduh", "Your product is ready to download"),
    REVISION_REQUESTED(Audience.OFFICERS, "Permintaan perbaikan", "Revision requested"),
    CLOSED_PLEASE_RATE(Audience.CUSTOMER, "Transaksi selesai, mohon beri penilaian",
            "Transaction closed, please rate our service"),
    LOW_RATING(Audience.SUPERVISORS, "Penilaian rendah", "Low rating", "rating"),
    COMPLAINT_FILED(Audience.SUPERVISORS, "Pengaduan baru", "New complaint"),
    SLA_WARNING(Audience.OFFICERS, "Batas SLA hampir habis", "Service standard deadline near"),
    SLA_WARNING_SUPERVISOR(Audience.SUPERVISORS, "Batas SLA hampir habis", "Service standard deadline near"),
    SLA_BREACHED(Audience.SUPERVISORS, "SLA terlampaui", "Service standard breached"),
    /** Account mails (no request): the customer's own address, a one-time link. */
    ACCOUNT_VERIFY_EMAIL(Audience.CUSTOMER, "Verifikasi email akun Anda", "Verify your account's email"),
    ACCOUNT_RESET_PASSWORD(Audience.CUSTOMER, "Atur ulang kata sandi", "Reset your password");

    private final Audience audience;
    private final String subjectId;
    private final String subjectEn;
    private final List<String> params;

    Notice(Audience audience, String subjectId, String subjectEn, String... params) {
        this.audience = audience;
        this.subjectId = subjectId;
        this.subjectEn = subjectEn;
        this.params = List.of(params);
    }

    /** The notice a BPMN element names in its {@code notice} input, or a clear error listing the valid names. */
    public static Notice named(String name) {
        return Arrays.stream(values()).filter(notice -> notice.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown notice '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    public Audience audience() {
        return audience;
    }

    public String subjectId() {
        return subjectId;
    }

    public String subjectEn() {
        return subjectEn;
    }

    /** The process variables the text may show (ids, codes, amounts, dates, the officer's reason: no personal data). */
    public List<String> params() {
        return params;
    }

    /** The template's file name without extension, e.g. {@code new-request}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
