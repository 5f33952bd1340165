package id.go.bps.pst.identifiers;

import java.util.Locale;

/**
 * NTPN (Nomor Transaksi Penerimaan Negara): the 16 letters and digits that prove a payment reached the state
 * treasury. Answered in upper case, since customers copy it from receipts in either case.
 */
public final class Ntpn {

    public static final int LENGTH = 16;

    private Ntpn() {
    }

    public static IdCheck check(String raw) {
        return evaluate(raw).toCheck();
    }

    static Verdict evaluate(String raw) {
        String ntpn = Verdict.stripped(raw);
        if (ntpn.isEmpty()) {
            return Verdict.fail("ntpn.blank");
        }
        // Checked before upper-casing: some letters grow when upper-cased (ß becomes SS).
        Verdict badCharacter = Verdict.firstBadCharacter(ntpn, Ntpn::isAsciiLetterOrDigit, "ntpn.characters");
        if (badCharacter != null) {
            return badCharacter;
        }
        if (ntpn.length() != LENGTH) {
            return Verdict.fail("ntpn.length", "length", ntpn.length());
        }
        return Verdict.ok(ntpn.toUpperCase(Locale.ROOT));
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return Verdict.isAsciiDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
