package id.go.bps.pst.notification.domain;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

import id.go.bps.pst.notification.Notice;

/**
 * What a notice's text is made of, the same for every reader.
 *
 * @param officeName the serving office's name, e.g. "BPS Provinsi Jawa Tengah"
 * @param zone       the office's time zone, in which dates are written
 * @param params     values the template may show ({@link Notice#params()}); dates become office-local text
 */
public record NoticeFacts(Notice notice, String requestNumber, String officeName, ZoneId zone,
                          Map<String, Object> params) {

    public NoticeFacts {
        Objects.requireNonNull(notice, "notice");
        if (requestNumber == null && (params == null || !params.containsKey("link"))) {
            throw new NullPointerException("requestNumber (only account mails, which carry their link, have none)");
        }
        officeName = officeName == null || officeName.isBlank() ? "BPS" : officeName;
        zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
