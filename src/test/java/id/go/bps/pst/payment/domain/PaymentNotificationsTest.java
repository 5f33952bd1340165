package id.go.bps.pst.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.go.bps.pst.payment.PaymentMethod;
import id.go.bps.pst.payment.PaymentView;
import id.go.bps.pst.platform.ApiProblem;

class PaymentNotificationsTest {

    private static final NotificationSignature SIGNATURE =
            new NotificationSignature("a-shared-secret-of-at-least-32-bytes!");
    private static final jakarta.validation.ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final PaymentView RECORDED = new PaymentView("PST-3300-2026-000001", PaymentMethod.BILLING_CODE,
            150_000, Instant.parse("2026-03-02T03:15:30Z"), "820260302000001", "0A1B2C3D4E5F6G7H", null, null);

    private final PaymentRecorder recorder = mock(PaymentRecorder.class);
    private final Validator validator = VALIDATION.getValidator();
    private final PaymentNotifications notifications = new PaymentNotifications(SIGNATURE,
            new ObjectMapper().registerModule(new JavaTimeModule()), validator, recorder);

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static byte[] body(String ntpn) {
        return ("{\"billingCode\":\"820260302000001\",\"ntpn\":\"" + ntpn + "\",\"amount\":150000,"
                + "\"paidAt\":\"2026-03-02T10:15:30+07:00\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signedNotification_isParsedWithItsOffsetAndRecorded() {
        when(recorder.record(any())).thenReturn(RECORDED);
        byte[] body = body("0A1B2C3D4E5F6G7H");

        assertThat(notifications.receive(body, SIGNATURE.sign(body))).isEqualTo(RECORDED);
        verify(recorder).record(new PaymentNotification("820260302000001", "0A1B2C3D4E5F6G7H", 150_000L,
                Instant.parse("2026-03-02T03:15:30Z"), null));
    }

    @Test
    void twinThatLostTheRaceOnAUniqueConstraint_isRetriedOnceAndAnswersTheRecordedPayment() {
        when(recorder.record(any())).thenThrow(new DataIntegrityViolationException("uq_payment_received_ntpn"))
                .thenReturn(RECORDED);
        byte[] body = body("0A1B2C3D4E5F6G7H");

        assertThat(notifications.receive(body, SIGNATURE.sign(body))).isEqualTo(RECORDED);
        verify(recorder, times(2)).record(any());
    }

    @Test
    void twinThatLostTheVersionCheck_isRetriedOnce() {
        when(recorder.record(any())).thenThrow(new ObjectOptimisticLockingFailureException(Billing.class, 1L))
                .thenReturn(RECORDED);
        byte[] body = body("0A1B2C3D4E5F6G7H");

        assertThat(notifications.receive(body, SIGNATURE.sign(body))).isEqualTo(RECORDED);
    }

    @Test
    void badSignature_isRefusedBeforeTheBodyIsRead() {
        assertThatThrownBy(() -> notifications.receive("not even json".getBytes(StandardCharsets.UTF_8),
                "sha256=" + "0".repeat(64)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.code()).isEqualTo("payment.signature.invalid");
                    assertThat(p.status().value()).isEqualTo(401);
                });
        verifyNoInteractions(recorder);
    }

    @Test
    void signedButUnreadableBody_isABadRequest() {
        byte[] body = "[1,2".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> notifications.receive(body, SIGNATURE.sign(body)))
                .isInstanceOfSatisfying(ApiProblem.class,
                        p -> assertThat(p.code()).isEqualTo("payment.notification.unreadable"));
    }

    @Test
    void signedButMalformedNtpn_isAValidationError() {
        byte[] body = body("0A1B-2C3D");
        assertThatThrownBy(() -> notifications.receive(body, SIGNATURE.sign(body)))
                .isInstanceOf(ConstraintViolationException.class);
        verifyNoInteractions(recorder);
    }
}
