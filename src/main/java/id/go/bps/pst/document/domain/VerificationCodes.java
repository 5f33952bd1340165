package id.go.bps.pst.document.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verification codes of issued documents: {@value #LENGTH} characters of Crockford's base32 (no I, L, O, U, so a
 * code typed from paper is read back right), 60 random bits from a strong generator: not guessable, not derived
 * from the document.
 */
public final class VerificationCodes {

    public static final int LENGTH = 12;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** A code as a person typed it: any case, with spaces or dashes, O for 0 and I or L for 1 (Crockford). */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
