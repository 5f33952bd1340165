package id.go.bps.pst.notification.domain;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.bps.pst.notification.NotificationSettings;

/**
 * Delivers the outbox. Each row is claimed with a conditional update ({@code PENDING} to {@code SENDING}, this
 * node's name, checked by its row count) and committed before the mail goes out, so two nodes never both send it;
 * the result is settled in a second short transaction. A node that dies between claim and settle leaves the row
 * {@code SENDING}; after the claim timeout any node puts it back to {@code PENDING}: delivery is at least once,
 * a duplicate mail being better than a lost one. Without a {@link JavaMailSender} (no {@code spring.mail.host}),
 * mails are written to the log and marked {@link OutboxStatus#SENT_TO_LOG}.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Set<OutboxStatus> SETTLED =
            EnumSet.of(OutboxStatus.SENT, OutboxStatus.SENT_TO_LOG, OutboxStatus.FAILED);

    private final OutboxMailRepository outbox;
    private final TransactionOperations transactions;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;
    private final RetryPolicy policy;
    private final Clock clock;
    private final String node;

    @Autowired
    public OutboxSender(OutboxMailRepository outbox, PlatformTransactionManager transactionManager,
                        ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
        this(outbox, ownTransactions(transactionManager), mailSender, settings, Clock.systemUTC(), nodeName());
    }

    /** For a second sender in a test, or another clock; {@code node} names this sender in its claims. */
    public OutboxSender(OutboxMailRepository outbox, TransactionOperations transactions,
                        ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings, Clock clock,
                        String node) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.mailSender = mailSender;
        this.settings = settings;
        this.policy = RetryPolicy.of(settings.sender());
        this.clock = clock;
        this.node = node;
    }

    /** One run: frees stale claims, sends every due row, and purges settled rows older than the keep period. */
    public SendReport sendPending() {
        Instant start = clock.instant();
        NotificationSettings.Sender config = settings.sender();
        int released = inTransaction(() -> outbox.releaseStale(start.minus(config.claimTimeout()), start,
                "claim expired: the sending node stopped before it settled", OutboxStatus.PENDING,
                OutboxStatus.SENDING));
        SendReport report = SendReport.NONE;
        Set<Long> seen = new HashSet<>();
        List<Long> due;
        do {
            due = inTransaction(() -> outbox.findDueIds(OutboxStatus.PENDING, start,
                    PageRequest.of(0, config.batchSize())));
            for (Long id : due) {
                report = seen.add(id) ? report.plus(sendOne(id)) : report;
            }
        } while (due.size() == config.batchSize() && !seen.containsAll(due));
        int purged = inTransaction(() -> outbox.purge(SETTLED, start.minus(config.keep())));
        if (!report.isEmpty() || released > 0 || purged > 0) {
            log.info("Outbox run on {}: {}, {} stale claims released, {} old rows purged", node, report, released,
                    purged);
        }
        return report;
    }

    private SendReport sendOne(Long id) {
        int claimed = inTransaction(() -> outbox.claim(id, node, clock.instant(), OutboxStatus.PENDING,
                OutboxStatus.SENDING));
        OutboxMail mail = claimed == 1 ? inTransaction(() -> outbox.findById(id).orElse(null)) : null;
        if (mail == null) {
            return new SendReport(0, 0, 0, 0, 1);
        }
        if (policy.exhausted(mail.attempts())) {
            return failed(mail, new IllegalStateException("gave up after " + mail.attempts() + " tries"), true);
        }
        try {
            OutboxStatus how = deliver(mail);
            settle(id, row -> row.markSent(how, clock.instant()));
            return how == OutboxStatus.SENT ? new SendReport(1, 0, 0, 0, 0) : new SendReport(0, 1, 0, 0, 0);
        } catch (RuntimeException e) {
            boolean permanent = e instanceof MailParseException || e instanceof MailPreparationException;
            return failed(mail, e, permanent);
        }
    }

    private SendReport failed(OutboxMail mail, RuntimeException error, boolean permanent) {
        String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
        settle(mail.id(), row -> row.recordFailure(reason, permanent, policy, clock.instant()));
        boolean givenUp = permanent || policy.exhausted(mail.attempts() + 1);
        if (givenUp) {
            log.error("Mail #{} ({} for request {}) FAILED for good on try {}: {}", mail.id(), mail.notice(),
                    mail.requestNumber(), mail.attempts() + 1, reason);
        } else {
            log.warn("Mail #{} ({} for request {}) failed on try {}, will retry: {}", mail.id(), mail.notice(),
                    mail.requestNumber(), mail.attempts() + 1, reason);
        }
        return givenUp ? new SendReport(0, 0, 0, 1, 0) : new SendReport(0, 0, 1, 0, 0);
    }

    private OutboxStatus deliver(OutboxMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("MAIL NOT SENT, LOGGED ONLY (no mail server: spring.mail.host is not set) #{}\nTo: {}\n"
                    + "Subject: {}\n\n{}", mail.id(), mail.recipientEmail(), mail.subject(), mail.bodyText());
            return OutboxStatus.SENT_TO_LOG;
        }
        sender.send(message -> prepare(message, mail));
        return OutboxStatus.SENT;
    }

    private void prepare(MimeMessage message, OutboxMail mail) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.recipientEmail());
        helper.setSubject(mail.subject());
        helper.setText(mail.bodyText(), mail.bodyHtml());
        message.setHeader("X-PST-Outbox-Id", String.valueOf(mail.id()));
    }

    /** Settles only a row this node still owns; the version check catches one released and re-claimed meanwhile. */
    private void settle(Long id, Consumer<OutboxMail> change) {
        try {
            transactions.executeWithoutResult(status ->
                    outbox.findById(id).filter(row -> row.isClaimedBy(node)).ifPresent(change));
        } catch (OptimisticLockingFailureException e) {
            log.warn("Mail #{} was released and claimed again while {} was sending it; left to its new owner", id,
                    node);
        }
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private static TransactionOperations ownTransactions(PlatformTransactionManager transactionManager) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    private static String nodeName() {
        String name = ManagementFactory.getRuntimeMXBean().getName() + "#" + UUID.randomUUID().toString()
                .substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
