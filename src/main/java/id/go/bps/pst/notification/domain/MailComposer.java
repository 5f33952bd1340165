package id.go.bps.pst.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import id.go.bps.pst.notification.Audience;
import id.go.bps.pst.notification.NotificationSettings;

/**
 * Renders a notice from {@code templates/mail/}: the text template of the notice (Indonesian first, then English),
 * and an HTML alternative made from that same text, so both always say the same. Customers get the link to their
 * transaction page, staff the back-office page of the request.
 */
@Component
public class MailComposer {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Map<String, String> ZONE_LABELS = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private final TemplateEngine engine = engine();
    private final String baseUrl;

    public MailComposer(NotificationSettings settings) {
        this.baseUrl = settings.baseUrl();
    }

    /** The mail for one reader; {@code customerName} is used only in the customer's own mail and may be blank. */
    public MailContent compose(NoticeFacts facts, String customerName) {
        Audience audience = facts.notice().audience();
        String link = facts.params().get("link") instanceof String given ? given
                : link(audience, facts.requestNumber());
        Map<String, Object> variables = new HashMap<>(displayed(facts.params(), facts.zone()));
        variables.put("requestNumber", facts.requestNumber());
        variables.put("link", link);
        variables.put("customer", audience.isCustomer());
        variables.put("recipientName", audience.isCustomer() && customerName != null && !customerName.isBlank()
                ? customerName.strip() : null);
        variables.put("audienceId", audience.labelId());
        variables.put("audienceEn", audience.labelEn());
        variables.put("officeName", facts.officeName());
        String text = tidy(engine.process(facts.notice().template() + ".txt", new Context(Locale.ROOT, variables)));
        String subject = "[PST BPS] " + (facts.requestNumber() == null ? "" : facts.requestNumber() + ": ")
                + facts.notice().subjectId() + " / " + facts.notice().subjectEn();
        return new MailContent(subject, text, html(subject, text, link));
    }

    String link(Audience audience, String requestNumber) {
        String[] path = audience.isCustomer()
                ? new String[] {"transaksi", requestNumber}
                : new String[] {"backoffice", "requests", requestNumber};
        return UriComponentsBuilder.fromUriString(baseUrl).pathSegment(path).build().encode().toUriString();
    }

    private String html(String subject, String text, String link) {
        List<List<String>> paragraphs = Arrays.stream(text.split("\n\n"))
                .map(paragraph -> List.of(paragraph.split("\n"))).toList();
        Context context = new Context(Locale.ROOT,
                Map.of("subject", subject, "paragraphs", paragraphs, "link", link));
        return engine.process("layout.html", context);
    }

    /** Dates as the office's local time with its zone (WIB, WITA, WIT), readable in both languages. */
    private static Map<String, Object> displayed(Map<String, Object> params, ZoneId zone) {
        Map<String, Object> shown = new HashMap<>();
        String zoneLabel = ZONE_LABELS.getOrDefault(zone.getId(), zone.getId());
        params.forEach((name, value) -> {
            Instant instant = value instanceof Date date ? date.toInstant()
                    : value instanceof Instant moment ? moment : null;
            if (instant != null) {
                shown.put(name, DATE_TIME.format(instant.atZone(zone)) + " " + zoneLabel);
            } else if (value instanceof LocalDate day) {
                shown.put(name, DATE.format(day));
            } else {
                shown.put(name, value);
            }
        });
        return shown;
    }

    /** Conditional blocks leave blank lines and trailing spaces behind; a mail needs neither. */
    static String tidy(String text) {
        return text.replace("\r\n", "\n").replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static TemplateEngine engine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
