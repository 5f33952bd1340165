package id.go.bps.pst.document;

import java.time.LocalDate;
import java.util.List;

/** Small builders of the data records the request module will hand in. */
public final class SampleDocuments {

    public static final String OFFICE = "BPS Provinsi Jawa Tengah";

    private SampleDocuments() {
    }

    /** Susenas microdata (Rp1.200.000) and a publication (Rp34.567): Rp1.234.567 in all. */
    public static InvoiceData invoice(String requestNumber) {
        return new InvoiceData(requestNumber, "3300", OFFICE, "Sari Wulandari", "Universitas Diponegoro", List.of(
                new InvoiceLine("MD-SUSENAS-2024-03", "Survei Sosial Ekonomi Nasional (Susenas) Maret 2024",
                        "Data mikro tanpa pengolahan", 1, "dataset", 1_200_000, 1_200_000),
                new InvoiceLine("PUB-3300-DDA-2025", "Provinsi Jawa Tengah Dalam Angka 2025",
                        "Publikasi elektronik", 412, "halaman", 34_567, 34_567)),
                null, null);
    }

    public static ReceiptData receipt(String requestNumber, String invoiceNumber) {
        return new ReceiptData(requestNumber, "3300", OFFICE, "Sari Wulandari", "Universitas Diponegoro",
                invoiceNumber, 1_234_567, PaymentMethod.BILLING_CODE, "0A1B2C3D4E5F6G7H", LocalDate.of(2026, 3, 3));
    }

    public static AgreementData agreement(String requestNumber) {
        return new AgreementData(requestNumber, "3300", OFFICE, null, "Sari Wulandari", "Universitas Diponegoro",
                "KTP 3374014107900001", "Tesis: determinan kemiskinan rumah tangga di Jawa Tengah", List.of(
                        new AgreementItem("MD-SUSENAS-2024-03",
                                "Survei Sosial Ekonomi Nasional (Susenas) Maret 2024",
                                List.of("R101", "R102", "R105"), List.of("33 JAWA TENGAH")),
                        new AgreementItem("MAP-1906-KEC-2024",
                                "Peta Wilkerstat Kabupaten Belitung Timur per Kecamatan 2024", null, null)));
    }
}
