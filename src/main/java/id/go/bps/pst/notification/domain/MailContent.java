package id.go.bps.pst.notification.domain;

/** A rendered mail: the subject, the plain text (the mail's source of truth) and its HTML alternative. */
public record MailContent(String subject, String text, String html) {
}
