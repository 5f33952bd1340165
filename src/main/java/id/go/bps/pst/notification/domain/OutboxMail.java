package id.go.bps.pst.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.bps.pst.notification.Notice;

/**
 * One mail to one recipient in the outbox, rendered when it was queued. Written in the transaction of the step that
 * caused it; {@link OutboxSender} claims, sends and settles it. The version guards a settle against a row that was
 * released and claimed again by another node meanwhile.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxMail {

    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Notice notice;

    private String requestNumber;
    private String officeCode;
    private String recipientEmail;
    private String subject;
    private String bodyText;
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private int attempts;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant nextAttemptAt;

    private String lastError;
    private String claimedBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant claimedAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(updatable = false)
    private Instant createdAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    private OutboxMail(Notice notice, String requestNumber, String officeCode, String recipientEmail,
                       MailContent content, Instant now) {
        this.notice = notice;
        this.requestNumber = requestNumber;
        this.officeCode = officeCode;
        this.recipientEmail = recipientEmail;
        this.subject = content.subject();
        this.bodyText = content.text();
        this.bodyHtml = content.html();
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A mail waiting for its first try, due at once. */
    public static OutboxMail pending(Notice notice, String requestNumber, String officeCode, String recipientEmail,
                                     MailContent content, Instant now) {
        return new OutboxMail(notice, requestNumber, officeCode, recipientEmail, content, now);
    }

    boolean isClaimedBy(String node) {
        return status == OutboxStatus.SENDING && node.equals(claimedBy);
    }

    /** The mail server (or, without one, the log) took it. */
    void markSent(OutboxStatus how, Instant now) {
        if (how != OutboxStatus.SENT && how != OutboxStatus.SENT_TO_LOG) {
            throw new IllegalArgumentException("not a sent status: " + how);
        }
        attempts++;
        status = how;
        sentAt = now;
        lastError = null;
        release();
    }

    /** A try failed: wait and try again, or give up once the policy's tries are spent or it can never succeed. */
    void recordFailure(String error, boolean permanent, RetryPolicy policy, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error"
                : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (permanent || policy.exhausted(attempts)) {
            status = OutboxStatus.FAILED;
        } else {
            status = OutboxStatus.PENDING;
            nextAttemptAt = policy.nextAttempt(attempts, now);
        }
        release();
    }

    private void release() {
        claimedBy = null;
        claimedAt = null;
    }

    public Long id() {
        return id;
    }

    public Notice notice() {
        return notice;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public String officeCode() {
        return officeCode;
    }

    public String recipientEmail() {
        return recipientEmail;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
