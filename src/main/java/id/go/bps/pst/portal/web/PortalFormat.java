package id.go.bps.pst.portal.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.go.bps.pst.platform.Message;

/** Formatting for the customer pages ({@code ${@fmt...}} in templates): dates in WIB, rupiah, bilingual texts. */
@Component("fmt")
public class PortalFormat {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm 'WIB'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public String dateTime(Instant instant) {
        return instant == null ? "-" : DATE_TIME.format(instant.atZone(WIB));
    }

    public String date(Instant instant) {
        return instant == null ? "-" : DATE.format(instant.atZone(WIB));
    }

    public String rupiah(Long amount) {
        return amount == null ? "-" : "Rp" + NumberFormat.getIntegerInstance(Locale.GERMANY).format(amount);
    }

    /** The text in the reader's language: English when chosen, Indonesian otherwise. */
    public String text(Message message) {
        if (message == null) {
            return "";
        }
        return english() ? message.en() : message.id();
    }

    public static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
