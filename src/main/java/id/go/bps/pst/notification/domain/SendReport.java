package id.go.bps.pst.notification.domain;

/**
 * What one run of the sender did.
 *
 * @param sent    accepted by the mail server
 * @param logged  written to the log, no mail server being configured
 * @param retried failed and waiting for another try
 * @param failed  given up (FAILED)
 * @param taken   claimed by another node first
 */
public record SendReport(int sent, int logged, int retried, int failed, int taken) {

    static final SendReport NONE = new SendReport(0, 0, 0, 0, 0);

    SendReport plus(SendReport other) {
        return new SendReport(sent + other.sent, logged + other.logged, retried + other.retried,
                failed + other.failed, taken + other.taken);
    }

    boolean isEmpty() {
        return equals(NONE);
    }
}
