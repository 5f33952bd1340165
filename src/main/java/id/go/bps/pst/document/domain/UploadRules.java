package id.go.bps.pst.document.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import id.go.bps.pst.document.ActorKind;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentSettings;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.platform.Message;

/**
 * Who may upload which kind, how large and of which content type, with messages that say what is allowed. Customers
 * upload their own documents; staff upload samples and product files, and may upload a customer's document for
 * them (a walk-in customer's letter scanned at the desk). Issued documents are never uploaded.
 */
@Component
public class UploadRules {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("application/pdf", "PDF"), Map.entry("image/png", "PNG"), Map.entry("image/jpeg", "JPEG"),
            Map.entry("text/csv", "CSV"), Map.entry("text/plain", "TXT"), Map.entry("application/json", "JSON"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("application/zip", "ZIP"), Map.entry("application/x-7z-compressed", "7z"),
            Map.entry("application/x-spss-sav", "SPSS (.sav)"), Map.entry("application/x-stata-dta", "Stata (.dta)"),
            Map.entry("application/x-dbf", "dBase (.dbf)"));

    private final DocumentSettings settings;

    public UploadRules(DocumentSettings settings) {
        this.settings = settings;
    }

    public void checkUploader(DocumentKind kind, ActorKind uploader) {
        if (kind.origin() == DocumentKind.Origin.ISSUED) {
            throw ApiProblem.badRequest("document.kind-not-uploadable",
                    kind.label().id() + " diterbitkan oleh aplikasi dan tidak dapat diunggah.",
                    kind.label().en() + " is issued by the application and cannot be uploaded.");
        }
        if (kind.origin() == DocumentKind.Origin.OFFICER && uploader != ActorKind.STAFF) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "document.kind-not-allowed", Message.of(
                    kind.label().id() + " hanya dapat diunggah oleh petugas PST.",
                    kind.label().en() + " can be uploaded by PST officers only."));
        }
    }

    public long maxBytes(DocumentKind kind) {
        return settings.maxSizeFor(kind).toBytes();
    }

    public ApiProblem tooLarge(DocumentKind kind) {
        String limit = readable(settings.maxSizeFor(kind));
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "document.too-large", Message.of(
                "Berkas " + kind.label().id() + " melebihi batas ukuran " + limit + ".",
                "The " + kind.label().en() + " file exceeds the size limit of " + limit + "."));
    }

    public ApiProblem empty(DocumentKind kind) {
        return ApiProblem.badRequest("document.empty", "Berkas " + kind.label().id() + " kosong.",
                "The " + kind.label().en() + " file is empty.");
    }

    public void checkType(DocumentKind kind, String detected) {
        List<String> allowed = settings.typesFor(kind);
        if (!allowed.contains(detected)) {
            String list = allowed.stream().map(t -> LABELS.getOrDefault(t, t)).distinct()
                    .collect(Collectors.joining(", "));
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document.type-not-allowed", Message.of(
                    "Isi berkas terbaca sebagai " + detected + ", yang tidak diterima untuk " + kind.label().id()
                            + ". Jenis yang diterima: " + list + ".",
                    "The file's content reads as " + detected + ", which is not accepted for "
                            + kind.label().en() + ". Accepted types: " + list + "."));
        }
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofGigabytes(1).toBytes() == 0) {
            return size.toGigabytes() + " GB";
        }
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes + " byte";
    }
}
