package id.go.bps.pst.payment.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a billing code stops being payable: its own validity (default 7 days), but never after the invoice it pays
 * ends (default one month), since the request is cancelled then and a later payment could not be delivered.
 */
public final class ExpiryRule {

    private ExpiryRule() {
    }

    /** The expiry to ask for; {@code invoiceValidUntil} may be null (no cap). */
    public static Instant cap(Instant issuedAt, Duration validity, Instant invoiceValidUntil) {
        return earlier(issuedAt.plus(validity), invoiceValidUntil);
    }

    /** The earlier of two instants; a null one does not count. */
    public static Instant earlier(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }
}
