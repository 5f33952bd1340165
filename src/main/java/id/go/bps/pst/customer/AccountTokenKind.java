package id.go.bps.pst.customer;

/** What a link mailed to a customer does: verify the email address, or set a new password. */
public enum AccountTokenKind {
    VERIFY_EMAIL,
    RESET_PASSWORD
}
