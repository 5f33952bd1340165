package id.go.bps.pst.document.domain;

import java.util.Locale;

/**
 * Rupiah as Indonesian documents write it: "Rp1.234.567" (dot groups, no decimals, whole rupiah), and in words
 * ("terbilang") as receipts spell it out, e.g. "satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh
 * tujuh rupiah".
 */
public final class Rupiah {

    private static final String[] UNITS = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
        "sembilan", "sepuluh", "sebelas"};
    private static final long[] SCALES = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L};
    private static final String[] SCALE_NAMES = {"triliun", "miliar", "juta"};

    private Rupiah() {
    }

    public static String format(long amount) {
        String digits = String.format(Locale.ROOT, "%,d", Math.abs(amount)).replace(',', '.');
        return (amount < 0 ? "-Rp" : "Rp") + digits;
    }

    /** The amount in Indonesian words followed by "rupiah"; zero is "nol rupiah". */
    public static String inWords(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("No words for a negative amount: " + amount);
        }
        return (amount == 0 ? "nol" : words(amount)) + " rupiah";
    }

    private static String words(long n) {
        if (n < 12) {
            return UNITS[(int) n];
        }
        if (n < 20) {
            return words(n - 10) + " belas";
        }
        if (n < 100) {
            return words(n / 10) + " puluh" + rest(n % 10);
        }
        if (n < 1000) {
            return (n < 200 ? "seratus" : words(n / 100) + " ratus") + rest(n % 100);
        }
        if (n < 1_000_000) {
            return (n < 2000 ? "seribu" : words(n / 1000) + " ribu") + rest(n % 1000);
        }
        for (int i = 0; i < SCALES.length; i++) {
            if (n >= SCALES[i]) {
                return words(n / SCALES[i]) + " " + SCALE_NAMES[i] + rest(n % SCALES[i]);
            }
        }
        throw new IllegalStateException("unreachable: " + n);
    }

    private static String rest(long n) {
        return n == 0 ? "" : " " + words(n);
    }
}
