package id.go.bps.pst.payment.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.bps.pst.payment.BillingGateway;
import id.go.bps.pst.payment.BillingOrder;
import id.go.bps.pst.payment.IssuedBillingCode;
import id.go.bps.pst.payment.PaymentView;
import id.go.bps.pst.payment.domain.Billing;
import id.go.bps.pst.payment.domain.BillingRepository;
import id.go.bps.pst.payment.domain.NotificationSignature;
import id.go.bps.pst.payment.domain.PaymentConfiguration;
import id.go.bps.pst.payment.domain.PaymentNotification;
import id.go.bps.pst.payment.domain.PaymentNotifications;
import id.go.bps.pst.payment.domain.PaymentProblems;

/**
 * A stand-in for SIMPONI e-billing, which cannot be reached from here: NOT a real gateway. Issues 15-digit codes
 * and, on request, plays the bank: it signs the notification a real gateway would send and hands it to the same
 * service the notification endpoint uses. On only with {@code pst.payment.simulator.enabled=true}.
 */
@Component
@ConditionalOnProperty(prefix = "pst.payment.simulator", name = "enabled", havingValue = "true")
public class SimulatedBillingGateway implements BillingGateway, id.go.bps.pst.payment.BillingSimulator {

    static final String CHANNEL = "SIMULATOR";
    private static final String CODE_PREFIX = "8";
    private static final String NTPN_PREFIX = "SIM";
    private static final String NTPN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final BillingRepository billings;
    private final PaymentNotifications notifications;
    private final NotificationSignature signature;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Codes count up from the clock's milliseconds, so they stay unique across restarts of a file database. */
    private final AtomicLong lastCode;

    SimulatedBillingGateway(BillingRepository billings, PaymentNotifications notifications,
                            NotificationSignature signature, ObjectMapper json,
                            @Qualifier(PaymentConfiguration.CLOCK) Clock clock) {
        this.billings = billings;
        this.notifications = notifications;
        this.signature = signature;
        this.json = json;
        this.clock = clock;
        this.lastCode = new AtomicLong(clock.millis());
    }

    @Override
    public IssuedBillingCode issue(BillingOrder order) {
        long next = lastCode.updateAndGet(previous -> Math.max(previous + 1, clock.millis()));
        String code = CODE_PREFIX + String.format("%014d", next);
        return new IssuedBillingCode(code, order.amount(), order.expiresAt());
    }

    /** Pays a code in full now, as a bank would, and answers what the notification recorded (with its NTPN). */
    @Override
    public PaymentView pay(String code) {
        Billing billing = billings.findByCode(code).orElseThrow(() -> PaymentProblems.unknownCode(code));
        PaymentNotification notification = new PaymentNotification(billing.code(), newNtpn(), billing.amount(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), CHANNEL);
        byte[] body = serialize(notification);
        return notifications.receive(body, signature.sign(body));
    }

    String newNtpn() {
        StringBuilder ntpn = new StringBuilder(NTPN_PREFIX);
        while (ntpn.length() < 16) {
            ntpn.append(NTPN_ALPHABET.charAt(random.nextInt(NTPN_ALPHABET.length())));
        }
        return ntpn.toString();
    }

    private byte[] serialize(PaymentNotification notification) {
        try {
            return json.writeValueAsBytes(notification);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
