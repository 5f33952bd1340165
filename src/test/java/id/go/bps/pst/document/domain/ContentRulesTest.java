package id.go.bps.pst.document.domain;

import static id.go.bps.pst.document.DocumentKind.ABSTRACT;
import static id.go.bps.pst.document.DocumentKind.DATA_SAMPLE;
import static id.go.bps.pst.document.DocumentKind.NPWP_CARD;
import static id.go.bps.pst.document.DocumentKind.PRODUCT_FILE;
import static id.go.bps.pst.document.DocumentKind.SIGNED_AGREEMENT;
import static id.go.bps.pst.document.DocumentKind.TRANSFER_PROOF;
import static id.go.bps.pst.document.DocumentKind.ZERO_RUPIAH_LETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import id.go.bps.pst.document.ActorKind;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentSettings;
import id.go.bps.pst.platform.ApiProblem;

/** The type a file is taken for comes from its bytes; each kind accepts its own list (customers: PDF and images). */
class ContentRulesTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ContentTypes types = new ContentTypes();
    private final UploadRules rules = new UploadRules(DocumentSettings.defaults());

    @TempDir
    Path dir;

    static Stream<Arguments> samples() {
        return Stream.of(
                row(Samples::pdf, "abstraksi.pdf", ABSTRACT, "application/pdf", true),
                row(Samples::png, "npwp.png", NPWP_CARD, "image/png", true),
                row(Samples::jpeg, "bukti-transfer.jpg", TRANSFER_PROOF, "image/jpeg", true),
                row(Samples::jpeg, "foto-sppd.png", SIGNED_AGREEMENT, "image/jpeg", true),
                row(Samples::text, "abstraksi.pdf", ABSTRACT, "text/plain", false),
                row(Samples::exe, "surat-nol-rupiah.pdf", ZERO_RUPIAH_LETTER, "application/x-msdownload", false),
                row(Samples::exe, "data.zip", PRODUCT_FILE, "application/x-msdownload", false),
                row(Samples::unknownBinary, "abstraksi.pdf", ABSTRACT, "application/octet-stream", false),
                row(Samples::zip, "abstraksi.pdf", ABSTRACT, "application/zip", false),
                row(Samples::csv, "tabel.csv", ABSTRACT, "text/csv", false),
                row(Samples::csv, "tabel.csv", PRODUCT_FILE, "text/csv", true),
                row(Samples::zip, "peta-kecamatan.zip", PRODUCT_FILE, "application/zip", true),
                row(Samples::zip, "tabel.xlsx", PRODUCT_FILE, XLSX, true),
                row(Samples::sevenZip, "susenas.7z", PRODUCT_FILE, "application/x-7z-compressed", true),
                row(Samples::spss, "susenas.sav", PRODUCT_FILE, "application/x-spss-sav", true),
                row(Samples::stataLegacy, "susenas.dta", PRODUCT_FILE, "application/x-stata-dta", true),
                row(Samples::unknownBinary, "susenas.dta", PRODUCT_FILE, "application/octet-stream", false),
                row(Samples::dbf, "desa.dbf", PRODUCT_FILE, "application/x-dbf", true),
                row(Samples::json, "desa.geojson", PRODUCT_FILE, "text/plain", true),
                row(Samples::json, "desa.json", DATA_SAMPLE, "application/json", true),
                row(Samples::text, "catatan.txt", DATA_SAMPLE, "text/plain", true),
                row(Samples::pdf, "contoh-data.pdf", DATA_SAMPLE, "application/pdf", true));
    }

    @ParameterizedTest(name = "{1} as {2} reads as {3}, accepted: {4}")
    @MethodSource("samples")
    void fileOfKind_isTypedByItsBytes_andAcceptedOnlyWhenTheKindAllowsIt(Supplier<byte[]> sample, String name,
                                                                           DocumentKind kind, String expectedType,
                                                                           boolean accepted) throws IOException {
        Path file = Files.write(dir.resolve("upload.bin"), sample.get());

        String detected = types.detect(file, name);

        assertThat(detected).isEqualTo(expectedType);
        if (accepted) {
            rules.checkType(kind, detected);
        } else {
            ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> rules.checkType(kind, detected));
            assertThat(problem.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            assertThat(problem.code()).isEqualTo("document.type-not-allowed");
            assertThat(problem.text().en()).contains(detected).contains("PDF");
            assertThat(problem.text().id()).contains("Jenis yang diterima");
        }
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource({
        "ABSTRACT,         CUSTOMER, ok",
        "TRANSFER_PROOF,   CUSTOMER, ok",
        "ABSTRACT,         STAFF,    ok",
        "PRODUCT_FILE,     STAFF,    ok",
        "DATA_SAMPLE,      STAFF,    ok",
        "PRODUCT_FILE,     CUSTOMER, 403",
        "DATA_SAMPLE,      CUSTOMER, 403",
        "INVOICE,          STAFF,    400",
        "RECEIPT,          CUSTOMER, 400",
        "AGREEMENT,        STAFF,    400"
    })
    void uploader_mayUploadOnlyTheKindsOfTheirSide(DocumentKind kind, ActorKind uploader, String expected) {
        if (expected.equals("ok")) {
            rules.checkUploader(kind, uploader);
            return;
        }
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> rules.checkUploader(kind, uploader));
        assertThat(problem.status().value()).isEqualTo(Integer.parseInt(expected));
    }

    @ParameterizedTest(name = "{0}: at most {1} bytes, {2}")
    @CsvSource({
        "ABSTRACT,         10485760,   10 MB",
        "SIGNED_AGREEMENT, 10485760,   10 MB",
        "PRODUCT_FILE,     2147483648, 2 GB",
        "DATA_SAMPLE,      2147483648, 2 GB"
    })
    void sizeLimit_isTheDefaultOfTheKindsSide_andTheMessageSaysIt(DocumentKind kind, long max, String readable) {
        assertThat(rules.maxBytes(kind)).isEqualTo(max);
        ApiProblem problem = rules.tooLarge(kind);
        assertThat(problem.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(problem.text().id()).contains(readable);
        assertThat(problem.text().en()).contains(readable);
    }

    @ParameterizedTest
    @CsvSource({"TRANSFER_PROOF, application/pdf", "ABSTRACT, image/png"})
    void perKindOverride_replacesTheListOfItsSide(DocumentKind kind, String refused) {
        DocumentSettings onlyImages = new DocumentSettings(null, null, null, null, null,
                java.util.Map.of(DocumentKind.TRANSFER_PROOF, java.util.List.of("image/png", "image/jpeg")),
                null, null, null, null, null);
        UploadRules custom = new UploadRules(onlyImages);

        if (kind == DocumentKind.TRANSFER_PROOF) {
            assertThatThrownBy(() -> custom.checkType(kind, refused)).isInstanceOf(ApiProblem.class);
            custom.checkType(kind, "image/png");
        } else {
            custom.checkType(kind, refused);
        }
    }

    private static Arguments row(Supplier<byte[]> sample, String name, DocumentKind kind, String type,
                                 boolean accepted) {
        return Arguments.of(sample, name, kind, type, accepted);
    }
}
