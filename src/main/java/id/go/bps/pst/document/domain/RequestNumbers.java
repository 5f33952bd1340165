package id.go.bps.pst.document.domain;

import java.util.regex.Pattern;

import id.go.bps.pst.platform.ApiProblem;

/**
 * A request number names the request's folder under the document root, so only letters, digits and dashes pass
 * (e.g. {@code PST-3300-2026-000123}); anything else could climb out of the folder.
 */
public final class RequestNumbers {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    private RequestNumbers() {
    }

    public static String require(String requestNumber) {
        if (requestNumber == null || !SAFE.matcher(requestNumber).matches()) {
            throw ApiProblem.badRequest("document.request-number-invalid",
                    "Nomor permintaan tidak sah: gunakan huruf, angka dan tanda hubung (misalnya PST-3300-2026-000123).",
                    "The request number is not valid: use letters, digits and dashes (e.g. PST-3300-2026-000123).");
        }
        return requestNumber;
    }

    /** The part after "PST-", which issued document numbers carry: PST-3300-2026-000123 gives 3300-2026-000123. */
    static String tail(String requestNumber) {
        return requestNumber.startsWith("PST-") ? requestNumber.substring(4) : requestNumber;
    }
}
