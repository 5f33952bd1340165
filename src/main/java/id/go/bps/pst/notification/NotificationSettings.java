package id.go.bps.pst.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code pst.notification}; every one has a default, so none is needed in development.
 *
 * @param baseUrl the application's public address, for the links in mails (default {@code http://localhost:8080})
 * @param from    the sender of every mail (default {@code PST BPS <no-reply@localhost>})
 * @param sender  the outbox sender
 */
@ConfigurationProperties("pst.notification")
public record NotificationSettings(String baseUrl, String from, Sender sender) {

    public NotificationSettings {
        baseUrl = blank(baseUrl) ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        from = blank(from) ? "PST BPS <no-reply@localhost>" : from;
        sender = sender == null ? new Sender(null, null, 0, 0, null, null, null, null) : sender;
    }

    public static NotificationSettings defaults() {
        return new NotificationSettings(null, null, null);
    }

    /**
     * @param enabled      whether this node runs the scheduled sender (default true; the test profile turns it off
     *                     and tests call it directly). Read by the schedule as {@code pst.notification.sender.enabled}.
     * @param delay        pause between two runs (default 10 s); read by the schedule as
     *                     {@code pst.notification.sender.delay}
     * @param batchSize    rows read per query (default 50); a run goes on until no row is due
     * @param maxAttempts  tries before a mail is FAILED (default 5)
     * @param backoff      wait after the first failure, doubled after each further one (default 1 min)
     * @param maxBackoff   the longest wait between two tries (default 1 h)
     * @param claimTimeout after this a row still SENDING is taken to belong to a stopped node and is tried again
     *                     (default 10 min, far above the SMTP timeouts)
     * @param keep         how long sent and failed rows are kept before they are deleted (default 30 days)
     */
    public record Sender(Boolean enabled, Duration delay, int batchSize, int maxAttempts, Duration backoff,
                         Duration maxBackoff, Duration claimTimeout, Duration keep) {

        public Sender {
            enabled = enabled == null || enabled;
            delay = delay == null ? Duration.ofSeconds(10) : delay;
            batchSize = batchSize <= 0 ? 50 : batchSize;
            maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
            backoff = positive(backoff) ? backoff : Duration.ofMinutes(1);
            maxBackoff = positive(maxBackoff) ? maxBackoff : Duration.ofHours(1);
            claimTimeout = positive(claimTimeout) ? claimTimeout : Duration.ofMinutes(10);
            keep = positive(keep) ? keep : Duration.ofDays(30);
        }

        private static boolean positive(Duration duration) {
            return duration != null && !duration.isNegative() && !duration.isZero();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
