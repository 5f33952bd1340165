package id.go.bps.pst.payment.domain;

import java.io.IOException;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.bps.pst.payment.PaymentView;

/**
 * The one way a payment notification enters: the web endpoint and the simulator both hand over the raw body and
 * its signature header. Checks the signature before reading anything, then the fields, then records.
 */
@Service
public class PaymentNotifications {

    private static final Logger log = LoggerFactory.getLogger(PaymentNotifications.class);

    private final NotificationSignature signature;
    private final ObjectMapper json;
    private final Validator validator;
    private final PaymentRecorder recorder;

    PaymentNotifications(NotificationSignature signature, ObjectMapper json, Validator validator,
                         PaymentRecorder recorder) {
        this.signature = signature;
        this.json = json;
        this.validator = validator;
        this.recorder = recorder;
    }

    public PaymentView receive(byte[] body, String signatureHeader) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!signature.matches(raw, signatureHeader)) {
            throw PaymentProblems.badSignature();
        }
        PaymentNotification notification = parse(raw);
        Set<ConstraintViolation<PaymentNotification>> violations = validator.validate(notification);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return recordOnce(notification);
    }

    /**
     * Two identical notifications at once both find no payment, and the second insert then breaks a unique
     * constraint (NTPN or request) or loses the billing code's version check. Its retry, in a fresh transaction,
     * sees the first one's payment and answers like any repeated notification.
     */
    private PaymentView recordOnce(PaymentNotification notification) {
        try {
            return recorder.record(notification);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            log.info("Notification for NTPN {} raced another one; reading its outcome", notification.ntpn());
            return recorder.record(notification);
        }
    }

    private PaymentNotification parse(byte[] raw) {
        try {
            PaymentNotification notification = json.readValue(raw, PaymentNotification.class);
            if (notification == null) {
                throw PaymentProblems.unreadable();
            }
            return notification;
        } catch (IOException e) {
            throw PaymentProblems.unreadable();
        }
    }
}
