package id.go.bps.pst.walkin;

import java.util.Locale;
import java.util.regex.Pattern;

import id.go.bps.pst.identifiers.IdCheck;
import id.go.bps.pst.identifiers.Nik;
import id.go.bps.pst.platform.Message;

/**
 * The identity cards the desk accepts (seed 001 walk-in requirement 2: KTP, SIM, passport), each with its number's
 * format. The account keeps the kind as the customer module names it ({@code NIK} for a KTP).
 */
public enum IdCardType {
    /** KTP: the 16-digit NIK, checked as the identifiers module checks it (region, birth date). */
    KTP("NIK"),
    /** SIM (driving licence): 12 digits, 14 on cards issued since 2016. */
    SIM("SIM"),
    /** Passport: a letter then 5 to 8 letters or digits (Indonesian: one letter and 7 digits). */
    PASSPORT("PASSPORT");

    private static final Pattern SIM_NUMBER = Pattern.compile("\\d{12}|\\d{14}");
    private static final Pattern PASSPORT_NUMBER = Pattern.compile("[A-Z][A-Z0-9]{5,8}");

    private final String accountKind;

    IdCardType(String accountKind) {
        this.accountKind = accountKind;
    }

    public String accountKind() {
        return accountKind;
    }

    /** The number normalised (spaces, dots and dashes dropped, upper case), or why it is not one. */
    public IdCheck check(String raw) {
        if (this == KTP) {
            return Nik.check(raw);
        }
        String number = raw == null ? "" : raw.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (this == SIM) {
            return SIM_NUMBER.matcher(number).matches() ? IdCheck.ok(number) : IdCheck.invalid("walkin.sim.format",
                    Message.of("Nomor SIM terdiri dari 12 atau 14 angka.", "A SIM number has 12 or 14 digits."));
        }
        return PASSPORT_NUMBER.matcher(number).matches() ? IdCheck.ok(number) : IdCheck.invalid(
                "walkin.passport.format", Message.of("Nomor paspor: satu huruf lalu 5 sampai 8 huruf atau angka.",
                        "A passport number is a letter followed by 5 to 8 letters or digits."));
    }
}
