package id.go.bps.pst.notification;

import java.util.Optional;

/**
 * Port to the module that owns customers and their requests (the request module implements it). Process variables
 * never hold an email or a name, so the notification module asks here when it writes a customer's mail.
 */
public interface RecipientDirectory {

    /** The customer who made the request, or empty when the request or its customer is unknown. */
    Optional<Recipient> customerOf(String requestNumber);
}
