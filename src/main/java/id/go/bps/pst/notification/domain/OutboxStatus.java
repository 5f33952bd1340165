package id.go.bps.pst.notification.domain;

/** Where a queued mail stands. */
public enum OutboxStatus {
    /** Waiting for its (next) try. */
    PENDING,
    /** Claimed by one sender node, which is handing it to the mail server now. */
    SENDING,
    /** Accepted by the mail server. */
    SENT,
    /** No mail server is configured (development): written to the log at INFO instead, and never sent. */
    SENT_TO_LOG,
    /** Given up after the last try, or refused for good (a malformed address); needs a person. */
    FAILED
}
