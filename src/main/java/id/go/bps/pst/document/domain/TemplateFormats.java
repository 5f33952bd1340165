package id.go.bps.pst.document.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Formatting for the document templates ({@code ${fmt...}}): rupiah, rupiah in words, Indonesian dates. Dates are
 * printed in WIB, the zone of BPS RI, as the receipts and invoices of every office are dated in their own day and
 * WIB is at most two hours off.
 */
public final class TemplateFormats {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    public String rupiah(long amount) {
        return Rupiah.format(amount);
    }

    /** "Satu juta rupiah": capitalised as it starts the line on a receipt. */
    public String words(long amount) {
        String words = Rupiah.inWords(amount);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(WIB));
    }

    public String list(List<String> items, String whenEmpty) {
        return items == null || items.isEmpty() ? whenEmpty : String.join(", ", items);
    }

    /** Groups a verification code by four for reading aloud: ABCD-EFGH-JKMN. */
    public String grouped(String code) {
        return code == null ? "" : code.replaceAll("(.{4})(?!$)", "$1-");
    }
}
