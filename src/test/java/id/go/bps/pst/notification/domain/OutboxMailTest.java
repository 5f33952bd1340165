package id.go.bps.pst.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.bps.pst.notification.Notice;

/** Retries with a doubling wait, and the states a queued mail passes through. */
class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-03-17T02:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(10));

    @ParameterizedTest(name = "after {0} failed tries wait {1} min")
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 10", "40, 10"})
    void nextAttempt_doublesTheWaitUpToTheMaximum(int attempts, long minutes) {
        assertThat(POLICY.nextAttempt(attempts, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void newMail_isPendingAndDueAtOnce() {
        OutboxMail mail = mail();

        assertThat(mail.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW);
        assertThat(mail.attempts()).isZero();
    }

    @Test
    void failure_staysPendingWithTheTryCounted_untilTheLastTry() {
        OutboxMail mail = mail();

        mail.recordFailure("connection refused", false, POLICY, NOW);
        assertThat(mail.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.lastError()).isEqualTo("connection refused");
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));

        for (int i = 2; i <= 5; i++) {
            mail.recordFailure("connection refused", false, POLICY, NOW);
        }
        assertThat(mail.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(mail.attempts()).isEqualTo(5);
    }

    @Test
    void permanentFailure_failsAtOnce_andKeepsAShortError() {
        OutboxMail mail = mail();

        mail.recordFailure("x".repeat(5000), true, POLICY, NOW);

        assertThat(mail.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(mail.lastError()).hasSize(OutboxMail.MAX_ERROR);
    }

    @Test
    void sent_recordsWhenAndHow_andClearsTheError() {
        OutboxMail mail = mail();
        mail.recordFailure("timeout", false, POLICY, NOW);

        mail.markSent(OutboxStatus.SENT_TO_LOG, NOW.plusSeconds(90));

        assertThat(mail.status()).isEqualTo(OutboxStatus.SENT_TO_LOG);
        assertThat(mail.sentAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(mail.attempts()).isEqualTo(2);
        assertThat(mail.lastError()).isNull();
    }

    static OutboxMail mail() {
        return OutboxMail.pending(Notice.DELIVERED, "PST-3300-2026-000123", "3300", "budi@example.test",
                new MailContent("[PST BPS] PST-3300-2026-000123: x", "text", "<p>text</p>"), NOW);
    }
}
