package id.go.bps.pst.customer;

/** The account a guest-book entry landed on, and whether the visitor was already known (not entered twice). */
public record GuestRegistration(CustomerView customer, boolean returning) {
}
