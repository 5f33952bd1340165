package id.go.bps.pst.document;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the document module, with working defaults.
 *
 * @param root             where file content lives; default {@code ${PST_DATA_DIR:./data}/files}
 * @param customerMaxSize  largest customer upload (abstract, letters, NPWP card, proofs, signed SPPD); default 10 MB
 * @param officerMaxSize   largest officer file (samples, product files); default 2 GB
 * @param customerTypes    content types accepted for customer documents; default PDF, PNG, JPEG
 * @param officerTypes     content types accepted for officer files: PDF, images and the data formats delivered
 * @param types            per-kind override of the two lists above, e.g. {@code types.TRANSFER_PROOF}
 * @param downloadLimit    downloads per delivered file; default 5
 * @param downloadValidity how long delivered files stay downloadable; default 30 days
 * @param invoiceValidity  how long an invoice may be paid; default one month (issue 3, payment)
 * @param publicBaseUrl    the address the QR code of an issued document points to
 * @param cachePdf         keep an issued document's PDF after its first rendering; default on
 */
@ConfigurationProperties("pst.documents")
public record DocumentSettings(Path root, DataSize customerMaxSize, DataSize officerMaxSize,
                               List<String> customerTypes, List<String> officerTypes,
                               Map<DocumentKind, List<String>> types, Integer downloadLimit,
                               Duration downloadValidity, Period invoiceValidity, String publicBaseUrl,
                               Boolean cachePdf) {

    public static final List<String> CUSTOMER_TYPES = List.of("application/pdf", "image/png", "image/jpeg");

    /** Data formats officers deliver: spreadsheets, archives (shapefiles travel zipped), SPSS, Stata, dBase, text. */
    public static final List<String> OFFICER_TYPES = List.of("application/pdf", "image/png", "image/jpeg",
            "text/csv", "text/plain", "application/json",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip",
            "application/x-7z-compressed", "application/x-spss-sav", "application/x-stata-dta", "application/x-dbf");

    public DocumentSettings {
        root = root != null ? root : Path.of(dataDir(), "files");
        customerMaxSize = customerMaxSize != null ? customerMaxSize : DataSize.ofMegabytes(10);
        officerMaxSize = officerMaxSize != null ? officerMaxSize : DataSize.ofGigabytes(2);
        customerTypes = customerTypes == null || customerTypes.isEmpty() ? CUSTOMER_TYPES : List.copyOf(customerTypes);
        officerTypes = officerTypes == null || officerTypes.isEmpty() ? OFFICER_TYPES : List.copyOf(officerTypes);
        types = types == null || types.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(types));
        downloadLimit = downloadLimit != null && downloadLimit > 0 ? downloadLimit : 5;
        downloadValidity = downloadValidity != null ? downloadValidity : Duration.ofDays(30);
        invoiceValidity = invoiceValidity != null ? invoiceValidity : Period.ofMonths(1);
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080"
                : publicBaseUrl.replaceAll("/+$", "");
        cachePdf = cachePdf == null || cachePdf;
    }

    /** All defaults (tests, and an application without a {@code pst.documents} block). */
    public static DocumentSettings defaults() {
        return new DocumentSettings(null, null, null, null, null, null, null, null, null, null, null);
    }

    public DocumentSettings withRoot(Path newRoot) {
        return new DocumentSettings(newRoot, customerMaxSize, officerMaxSize, customerTypes, officerTypes, types,
                downloadLimit, downloadValidity, invoiceValidity, publicBaseUrl, cachePdf);
    }

    /** Content types accepted for a kind: its override, else the list of its origin. */
    public List<String> typesFor(DocumentKind kind) {
        List<String> override = types.get(kind);
        if (override != null && !override.isEmpty()) {
            return override;
        }
        return kind.origin() == DocumentKind.Origin.CUSTOMER ? customerTypes : officerTypes;
    }

    public DataSize maxSizeFor(DocumentKind kind) {
        return kind.origin() == DocumentKind.Origin.CUSTOMER ? customerMaxSize : officerMaxSize;
    }

    public String verificationUrl(String code) {
        return publicBaseUrl + "/api/documents/verify/" + code;
    }

    private static String dataDir() {
        String dir = System.getenv("PST_DATA_DIR");
        return dir == null || dir.isBlank() ? "./data" : dir;
    }
}
