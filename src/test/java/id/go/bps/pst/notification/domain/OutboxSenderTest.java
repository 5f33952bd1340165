package id.go.bps.pst.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;

import id.go.bps.pst.notification.NotificationSettings;

/** The claim decides who sends: only a won claim leads to a mail, and every outcome settles the row. */
class OutboxSenderTest {

    private static final Instant NOW = Instant.parse("2026-03-17T02:00:00Z");
    private static final String NODE = "node-a";

    private final OutboxMailRepository outbox = mock(OutboxMailRepository.class);
    private final JavaMailSender mailServer = mock(JavaMailSender.class);
    private final OutboxMail mail = OutboxMailTest.mail();

    @Test
    void claimLostToAnotherNode_sendsNothing() {
        due(0);

        SendReport report = sender(withMailServer()).sendPending();

        assertThat(report).isEqualTo(new SendReport(0, 0, 0, 0, 1));
        verify(mailServer, never()).send(any(MimeMessagePreparator.class));
        verify(outbox, never()).findById(any());
    }

    @Test
    void claimWon_sendsOnce_andMarksSent() {
        due(1);

        SendReport report = sender(withMailServer()).sendPending();

        assertThat(report).isEqualTo(new SendReport(1, 0, 0, 0, 0));
        verify(mailServer).send(any(MimeMessagePreparator.class));
        assertThat(mail.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(mail.sentAt()).isEqualTo(NOW);
    }

    @Test
    void noMailServer_logsTheMail_andMarksItSentToLog() {
        due(1);

        SendReport report = sender(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class))
                .sendPending();

        assertThat(report.logged()).isEqualTo(1);
        assertThat(mail.status()).isEqualTo(OutboxStatus.SENT_TO_LOG);
    }

    @Test
    void mailServerDown_leavesThePendingRowForALaterTry() {
        due(1);
        doThrow(new MailSendException("Connection refused")).when(mailServer).send(any(MimeMessagePreparator.class));

        SendReport report = sender(withMailServer()).sendPending();

        assertThat(report.retried()).isEqualTo(1);
        assertThat(mail.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.lastError()).contains("Connection refused");
        assertThat(mail.nextAttemptAt()).isAfter(NOW);
    }

    @Test
    void rowSettledMeanwhileByAnotherOwner_isLeftAlone() {
        due(1);
        ReflectionTestUtils.setField(mail, "claimedBy", "node-b");

        sender(withMailServer()).sendPending();

        assertThat(mail.status()).as("not this node's row any more").isEqualTo(OutboxStatus.SENDING);
    }

    /** One due row (id 7), whose claim this node wins ({@code claimed} 1) or loses (0). */
    private void due(int claimed) {
        when(outbox.findDueIds(eq(OutboxStatus.PENDING), any(), any())).thenReturn(List.of(7L));
        when(outbox.claim(eq(7L), eq(NODE), any(), eq(OutboxStatus.PENDING), eq(OutboxStatus.SENDING)))
                .thenReturn(claimed);
        ReflectionTestUtils.setField(mail, "id", 7L);
        ReflectionTestUtils.setField(mail, "status", OutboxStatus.SENDING);
        ReflectionTestUtils.setField(mail, "claimedBy", NODE);
        when(outbox.findById(7L)).thenReturn(Optional.of(mail));
        when(outbox.releaseStale(any(), any(), anyString(), any(), any())).thenReturn(0);
    }

    private ObjectProvider<JavaMailSender> withMailServer() {
        return new StaticListableBeanFactory(Map.of("mailSender", mailServer)).getBeanProvider(JavaMailSender.class);
    }

    private OutboxSender sender(ObjectProvider<JavaMailSender> mailSender) {
        return new OutboxSender(outbox, TransactionOperations.withoutTransaction(), mailSender,
                NotificationSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC), NODE);
    }
}
