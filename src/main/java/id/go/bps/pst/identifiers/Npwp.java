package id.go.bps.pst.identifiers;

import java.util.regex.Pattern;

/**
 * NPWP, the taxpayer number, answered in its 16-digit form. Since July 2024 the NPWP has 16 digits (PMK
 * 112/PMK.03/2022): the NIK for resident individuals, and for other taxpayers the former 15-digit number with a
 * leading 0. Customers still write the old number, often as {@code AA.BBB.BBB.C-DDD.EEE}; it is accepted and
 * normalised.
 */
public final class Npwp {

    public static final int LENGTH = 16;
    static final int LEGACY_LENGTH = 15;

    private static final Pattern PUNCTUATION = Pattern.compile("[.\\- ]");

    private Npwp() {
    }

    public static IdCheck check(String raw) {
        return evaluate(raw).toCheck();
    }

    static Verdict evaluate(String raw) {
        String npwp = Verdict.stripped(raw);
        if (npwp.isEmpty()) {
            return Verdict.fail("npwp.blank");
        }
        Verdict badCharacter = Verdict.firstBadCharacter(npwp,
                c -> Verdict.isAsciiDigit(c) || c == '.' || c == '-' || c == ' ', "npwp.characters");
        if (badCharacter != null) {
            return badCharacter;
        }
        String digits = PUNCTUATION.matcher(npwp).replaceAll("");
        if (digits.length() == LEGACY_LENGTH) {
            return Verdict.ok("0" + digits);
        }
        if (digits.length() != LENGTH) {
            return Verdict.fail("npwp.length", "length", digits.length());
        }
        return Verdict.ok(digits);
    }
}
