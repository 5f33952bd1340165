package id.go.bps.pst.identifiers;

import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.platform.Message;

/**
 * The answer of an identifier check: either valid with the normalised value, or invalid with a stable machine code
 * (e.g. {@code nik.month}) and a message a person can act on.
 *
 * @param normalized the value to store (trimmed, upper-cased, NPWP in 16 digits ...); null when invalid
 * @param code       null when valid
 * @param message    null when valid
 */
public record IdCheck(boolean valid, String normalized, String code, Message message) {

    public static IdCheck ok(String normalized) {
        return new IdCheck(true, normalized, null, null);
    }

    public static IdCheck invalid(String code, Message message) {
        return new IdCheck(false, null, code, message);
    }

    /** The normalised value, or a 400 {@link ApiProblem} carrying this check's code and message. */
    public String requireValid() {
        if (!valid) {
            throw ApiProblem.badRequest(code, message.id(), message.en());
        }
        return normalized;
    }
}
