package id.go.bps.pst.identifiers;

/** Kode billing: the 15-digit code SIMPONI issues for a PNBP payment, paid at a bank, post office or online. */
public final class BillingCode {

    public static final int LENGTH = 15;

    private BillingCode() {
    }

    public static IdCheck check(String raw) {
        return evaluate(raw).toCheck();
    }

    static Verdict evaluate(String raw) {
        String code = Verdict.stripped(raw);
        if (code.isEmpty()) {
            return Verdict.fail("billing-code.blank");
        }
        Verdict badCharacter = Verdict.firstBadCharacter(code, Verdict::isAsciiDigit, "billing-code.digits");
        if (badCharacter != null) {
            return badCharacter;
        }
        if (code.length() != LENGTH) {
            return Verdict.fail("billing-code.length", "length", code.length());
        }
        return Verdict.ok(code);
    }
}
