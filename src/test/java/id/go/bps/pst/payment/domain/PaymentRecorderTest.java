package id.go.bps.pst.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

import id.go.bps.pst.payment.BillingCodeStatus;
import id.go.bps.pst.payment.PaymentReceived;
import id.go.bps.pst.payment.PaymentView;
import id.go.bps.pst.platform.ApiProblem;

class PaymentRecorderTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T03:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-03-09T03:00:00Z");
    private static final String CODE = "820260302000001";
    private static final String NTPN = "0A1B2C3D4E5F6G7H";

    private final BillingRepository billings = mock(BillingRepository.class);
    private final PaymentRepository payments = mock(PaymentRepository.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final Clock clock = Clock.fixed(EXPIRES.plusSeconds(3600), ZoneOffset.UTC);
    private final PaymentRecorder recorder = new PaymentRecorder(billings, payments, events, clock);
    private Billing billing;

    @BeforeEach
    void oneIssuedCode() {
        billing = Billing.issued("PST-3300-2026-000001", "3300", 150_000, CODE, ISSUED, EXPIRES);
        when(billings.findByCode(CODE)).thenReturn(Optional.of(billing));
        when(payments.findByNtpn(any())).thenReturn(Optional.empty());
    }

    private static PaymentNotification paid(long amount, Instant paidAt) {
        return new PaymentNotification(CODE, NTPN.toLowerCase(), amount, paidAt, "BANK X");
    }

    @Test
    void newPayment_marksTheCodePaidAndPublishesTheEvent() {
        PaymentView view = recorder.record(paid(150_000, ISSUED.plusSeconds(60)));

        assertThat(view.ntpn()).isEqualTo(NTPN);
        assertThat(billing.storedStatus()).isEqualTo(BillingCodeStatus.PAID);
        verify(payments).saveAndFlush(any(Payment.class));
        verify(events).publishEvent(new PaymentReceived("PST-3300-2026-000001", CODE, NTPN, 150_000,
                ISSUED.plusSeconds(60)));
    }

    @Test
    void paidBeforeExpiry_notifiedAfterIt_isAccepted() {
        // the clock is an hour past the expiry; the bank took the money a second before it
        PaymentView view = recorder.record(paid(150_000, EXPIRES.minusSeconds(1)));
        assertThat(view.amount()).isEqualTo(150_000);
    }

    @Test
    void paidAtTheExpiry_isRefusedAsExpired() {
        assertProblem(paid(150_000, EXPIRES), "payment.code.expired");
    }

    @Test
    void wrongAmount_isRefused() {
        assertProblem(paid(150_001, ISSUED.plusSeconds(60)), "payment.amount.mismatch");
    }

    @Test
    void unknownCode_isRefused() {
        when(billings.findByCode(CODE)).thenReturn(Optional.empty());
        assertProblem(paid(150_000, ISSUED.plusSeconds(60)), "payment.code.unknown");
    }

    @Test
    void supersededCode_isRefusedAsExpired() {
        billing.supersede(ISSUED.plusSeconds(10));
        assertProblem(paid(150_000, ISSUED.plusSeconds(60)), "payment.code.expired");
    }

    @Test
    void codePaidWithAnotherNtpn_isAConflict() {
        billing.markPaid("ZZZZZZZZZZZZZZZZ", 150_000, ISSUED.plusSeconds(30), null);
        assertProblem(paid(150_000, ISSUED.plusSeconds(60)), "payment.code.paid");
    }

    @Test
    void knownNtpnForTheSameCode_answersTheRecordedPaymentAndChangesNothing() {
        Payment recorded = Payment.ofBillingCode(billing, NTPN, ISSUED.plusSeconds(60), "BANK X", ISSUED);
        when(payments.findByNtpn(NTPN)).thenReturn(Optional.of(recorded));

        assertThat(recorder.record(paid(150_000, ISSUED.plusSeconds(60)))).isEqualTo(recorded.view());
        verify(payments, never()).saveAndFlush(any());
        verify(events, never()).publishEvent(any());
    }

    @Test
    void knownNtpnForAnotherCode_isAConflict() {
        Billing other = Billing.issued("PST-3300-2026-000002", "3300", 150_000, "820260302000002", ISSUED, EXPIRES);
        when(payments.findByNtpn(NTPN)).thenReturn(Optional.of(
                Payment.ofBillingCode(other, NTPN, ISSUED.plusSeconds(60), null, ISSUED)));
        assertProblem(paid(150_000, ISSUED.plusSeconds(60)), "payment.ntpn.reused");
    }

    private void assertProblem(PaymentNotification notification, String code) {
        assertThatThrownBy(() -> recorder.record(notification)).isInstanceOfSatisfying(ApiProblem.class,
                p -> assertThat(p.code()).isEqualTo(code));
        verify(events, never()).publishEvent(any());
    }
}
