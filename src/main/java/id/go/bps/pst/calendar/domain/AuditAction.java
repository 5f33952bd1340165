package id.go.bps.pst.calendar.domain;

/** What an admin did to the holiday table. */
public enum AuditAction {
    CREATED,
    DELETED
}
