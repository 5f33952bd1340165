package id.go.bps.pst.notification;

import java.util.Objects;

/**
 * A customer as the notification module needs them: where to write and how to greet them.
 *
 * @param email       the customer's address
 * @param displayName the name the customer chose to be greeted with; may be blank
 */
public record Recipient(String email, String displayName) {

    public Recipient {
        Objects.requireNonNull(email, "email");
        displayName = displayName == null ? "" : displayName.strip();
    }
}
