package id.go.bps.pst.notification.domain;

import java.time.Duration;
import java.time.Instant;

import id.go.bps.pst.notification.NotificationSettings;

/**
 * How often and when a mail that failed is tried again: the wait doubles after each failure (1, 2, 4... minutes by
 * default), up to {@code maxBackoff}, so a mail server that is down for an hour is not hammered yet nothing waits
 * long once it is back.
 */
record RetryPolicy(int maxAttempts, Duration backoff, Duration maxBackoff) {

    static RetryPolicy of(NotificationSettings.Sender sender) {
        return new RetryPolicy(sender.maxAttempts(), sender.backoff(), sender.maxBackoff());
    }

    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** When the next try may start after {@code attempts} failed ones. */
    Instant nextAttempt(int attempts, Instant now) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = backoff.multipliedBy(1L << doublings);
        return now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
    }
}
