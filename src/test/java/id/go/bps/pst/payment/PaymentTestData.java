package id.go.bps.pst.payment;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unique test data for the payment tests, which share one database (and, on PostgreSQL, may meet the rows of
 * earlier runs): request numbers from the clock and a counter, NTPNs at random.
 */
public final class PaymentTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private PaymentTestData() {
    }

    /** Office 3300 (BPS Provinsi Jawa Tengah) exists in the reference data. */
    public static final String OFFICE = "3300";

    public static String requestNumber() {
        return "PST-3300-IT-" + System.currentTimeMillis() + "-" + SEQUENCE.incrementAndGet();
    }

    public static String ntpn() {
        StringBuilder ntpn = new StringBuilder("T");
        while (ntpn.length() < 16) {
            ntpn.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return ntpn.toString();
    }
}
