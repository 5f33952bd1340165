package id.go.bps.pst.identifiers;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * NIK (Nomor Induk Kependudukan), the 16-digit population number on the KTP: {@code PPKKCCDDMMYYSSSS} = province,
 * regency, district, day of birth (+40 for women), month, two-digit year, serial.
 */
public final class Nik {

    public static final int LENGTH = 16;

    /*
     * Province codes of Kemendagri's administrative area codes, which Dukcapil uses in the NIK: 11-19 Sumatra, 21
     * Kepulauan Riau, 31-36 Java, 51-53 Bali and Nusa Tenggara, 61-65 Kalimantan, 71-76 Sulawesi, 81-82 Maluku,
     * 91-96 Papua (Papua, Papua Barat, and the 2022 provinces Papua Selatan, Papua Tengah, Papua Pegunungan, Papua
     * Barat Daya). 97 is BPS's code for one of the 2022 provinces, not Kemendagri's; it is accepted too because
     * this is a plausibility check and refusing a real person at the desk costs more than letting a typo through.
     * A NIK keeps its code when a province splits, so the code is not always the current province.
     */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36", "51", "52", "53",
            "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
            "81", "82", "91", "92", "93", "94", "95", "96", "97");

    /** Dukcapil adds 40 to the day of birth of women. */
    static final int FEMALE_DAY_OFFSET = 40;

    private Nik() {
    }

    public static IdCheck check(String raw) {
        return evaluate(raw).toCheck();
    }

    /** The facts encoded in a valid NIK, or empty when {@link #check} rejects it. */
    public static Optional<NikFacts> parse(String raw) {
        Verdict verdict = evaluate(raw);
        return verdict.valid() ? Optional.of(NikFacts.of(verdict.normalized())) : Optional.empty();
    }

    static Verdict evaluate(String raw) {
        String nik = Verdict.stripped(raw);
        if (nik.isEmpty()) {
            return Verdict.fail("nik.blank");
        }
        Verdict badCharacter = Verdict.firstBadCharacter(nik, Verdict::isAsciiDigit, "nik.digits");
        if (badCharacter != null) {
            return badCharacter;
        }
        if (nik.length() != LENGTH) {
            return Verdict.fail("nik.length", "length", nik.length());
        }
        return checkParts(nik);
    }

    private static Verdict checkParts(String nik) {
        String province = nik.substring(0, 2);
        String dd = nik.substring(6, 8);
        String mm = nik.substring(8, 10);
        int day = Integer.parseInt(dd);
        int month = Integer.parseInt(mm);
        int yy = Integer.parseInt(nik.substring(10, 12));
        if (!PROVINCE_CODES.contains(province)) {
            return Verdict.fail("nik.province", "province", province);
        }
        if (!(day >= 1 && day <= 31 || day >= 1 + FEMALE_DAY_OFFSET && day <= 31 + FEMALE_DAY_OFFSET)) {
            return Verdict.fail("nik.day", "day", dd);
        }
        if (month < 1 || month > 12) {
            return Verdict.fail("nik.month", "month", mm);
        }
        int dayOfMonth = day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
        if (!dateCanExist(dayOfMonth, month, yy)) {
            String date = String.format("%02d-%s-%s", dayOfMonth, mm, nik.substring(10, 12));
            return Verdict.fail("nik.date", "date", date);
        }
        if ("0000".equals(nik.substring(12))) {
            return Verdict.fail("nik.serial");
        }
        return Verdict.ok(nik);
    }

    /*
     * YY has no century. Reading it as 20YY is the most lenient choice: 2000 was a leap year, so 29 February passes
     * whenever YY is a multiple of 4, and is refused only where no century can make it a leap year.
     */
    private static boolean dateCanExist(int dayOfMonth, int month, int yy) {
        return YearMonth.of(2000 + yy, month).isValidDay(dayOfMonth);
    }
}
