package id.go.bps.pst.document.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.SampleDocuments;

/** Each issued document renders to a PDF whose text carries its number, amounts and verification code. */
class PdfRendererTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T03:00:00Z");
    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void invoice_showsNumberLinesTotalInWordsValidityAndCode() throws Exception {
        String text = text(printed(DocumentKind.INVOICE, "INV-3300-2026-000123-01", "7K3MZQ9D2HXA",
                Instant.parse("2026-04-02T03:00:00Z"), SampleDocuments.invoice("PST-3300-2026-000123")));

        assertThat(text).contains("INVOICE", "INV-3300-2026-000123-01", "PST-3300-2026-000123",
                "Rp1.200.000", "Rp34.567", "Rp1.234.567",
                "Satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh rupiah",
                "PP No. 13 Tahun 2024", "2 Maret 2026", "2 April 2026", "7K3MZQ9D2HXA",
                "/api/documents/verify/7K3MZQ9D2HXA", "Sari Wulandari");
    }

    @Test
    void receipt_showsAmountNtpnTreasurerAndCode() throws Exception {
        String text = text(printed(DocumentKind.RECEIPT, "KWT-3300-2026-000123-01", "P0RTQ5W8XY12", null,
                SampleDocuments.receipt("PST-3300-2026-000123", "INV-3300-2026-000123-01")));

        assertThat(text).contains("KUITANSI", "KWT-3300-2026-000123-01", "Rp1.234.567",
                "Satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh rupiah",
                "0A1B2C3D4E5F6G7H", "NTPN", "Bendahara Penerimaan", "3 Maret 2026", "INV-3300-2026-000123-01",
                "P0RTQ5W8XY12");
    }

    @Test
    void agreement_showsPartiesDataObligationsMeteraiAndCode() throws Exception {
        String text = text(printed(DocumentKind.AGREEMENT, "SPPD-3300-2026-000123-01", "ZZ99AA88BB77", null,
                SampleDocuments.agreement("PST-3300-2026-000123")));

        assertThat(text).contains("SURAT PERJANJIAN PENGGUNAAN DATA", "SPPD-3300-2026-000123-01",
                "PST-3300-2026-000123", "PIHAK PERTAMA", "PIHAK KEDUA", "Kepala BPS Provinsi Jawa Tengah",
                "MD-SUSENAS-2024-03", "R101", "R105", "Seluruh", "Undang-Undang Nomor 16 Tahun 1997",
                "rangkap 2 (dua)", "Rp10.000", "ZZ99AA88BB77");
    }

    private static Printed printed(DocumentKind kind, String number, String code, Instant validUntil, Object data) {
        return new Printed(kind, number, code, "http://localhost:8080/api/documents/verify/" + code, ISSUED,
                validUntil, data);
    }

    private String text(Printed printed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(printed, out);
        assertThat(out.toByteArray()).startsWith("%PDF-".getBytes());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
