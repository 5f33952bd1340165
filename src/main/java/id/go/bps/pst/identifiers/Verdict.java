package id.go.bps.pst.identifiers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The outcome of a rule before it becomes text: the normalised value, or a reason code with the named arguments its
 * message needs. {@link IdCheck} and the constraint validators both render it, from the same bundle keys.
 */
record Verdict(String normalized, String code, Map<String, String> args) {

    static final String KEY_PREFIX = "pst.identifiers.";

    static Verdict ok(String normalized) {
        return new Verdict(normalized, null, Map.of());
    }

    /** A failure; {@code namesAndValues} alternates an argument name and its value. */
    static Verdict fail(String code, Object... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return new Verdict(null, code, Collections.unmodifiableMap(args));
    }

    /** The first character {@code allowed} rejects as a failure naming its 1-based position, or null if none. */
    static Verdict firstBadCharacter(String text, IntPredicate allowed, String code) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (!allowed.test(c)) {
                int position = text.codePointCount(0, i) + 1;
                return fail(code, "position", position, "character", new String(Character.toChars(c)));
            }
        }
        return null;
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static String stripped(String raw) {
        return raw == null ? "" : raw.strip();
    }

    boolean valid() {
        return code == null;
    }

    /** The Bean Validation message template, e.g. {@code {pst.identifiers.nik.month}}. */
    String template() {
        return "{" + KEY_PREFIX + code + "}";
    }

    IdCheck toCheck() {
        return valid() ? IdCheck.ok(normalized) : IdCheck.invalid(code, IdentifierTexts.message(code, args));
    }
}
