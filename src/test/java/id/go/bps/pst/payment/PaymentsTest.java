package id.go.bps.pst.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.bps.pst.payment.domain.Billing;
import id.go.bps.pst.payment.domain.BillingRepository;
import id.go.bps.pst.payment.domain.Payment;
import id.go.bps.pst.payment.domain.PaymentRepository;
import id.go.bps.pst.platform.ApiProblem;

class PaymentsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final String REQUEST = "PST-3300-2026-000001";

    private final BillingRepository billings = mock(BillingRepository.class);
    private final PaymentRepository paymentRepository = mock(PaymentRepository.class);
    private final List<BillingOrder> orders = new ArrayList<>();
    /** A gateway that answers the expiry asked for, or a later one when told to (to check the cap). */
    private Duration gatewayAddsToExpiry = Duration.ZERO;
    private final BillingGateway gateway = order -> {
        orders.add(order);
        return new IssuedBillingCode("82026030200000" + orders.size(), order.amount(),
                order.expiresAt().plus(gatewayAddsToExpiry));
    };
    private final Payments payments = new Payments(gateway, billings, paymentRepository,
            new PaymentSettings(Duration.ofDays(7), null, null, new PaymentSettings.Simulator(true)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void noPaymentYet() {
        when(paymentRepository.findByRequestNumber(any())).thenReturn(Optional.empty());
        when(billings.save(any())).thenAnswer(call -> call.getArgument(0));
    }

    @ParameterizedTest(name = "invoice until {0}, gateway adds {1} -> expires {2}")
    @CsvSource(nullValues = "none", textBlock = """
            2026-04-02T03:00:00Z, PT0S, 2026-03-09T03:00:00Z
            none,                 PT0S, 2026-03-09T03:00:00Z
            2026-03-04T17:00:00Z, PT0S, 2026-03-04T17:00:00Z
            2026-04-02T03:00:00Z, P3D,  2026-03-09T03:00:00Z
            2026-03-04T17:00:00Z, P3D,  2026-03-04T17:00:00Z
            """)
    void issue_expiresAfterTheValidityButNeverAfterTheInvoice(Instant invoiceValidUntil, Duration gatewayAdds,
                                                              Instant expected) {
        gatewayAddsToExpiry = gatewayAdds;

        BillingCodeView code = payments.issueBillingCode(REQUEST, "3300", 150_000, invoiceValidUntil);

        assertThat(code.expiresAt()).isEqualTo(expected);
        assertThat(code.status()).isEqualTo(BillingCodeStatus.ISSUED);
        assertThat(code.code()).hasSize(15);
        assertThat(orders).singleElement().satisfies(o -> assertThat(o.amount()).isEqualTo(150_000));
    }

    @Test
    void reissue_supersedesTheOpenCode() {
        Billing open = Billing.issued(REQUEST, "3300", 150_000, "820260301000009", NOW.minusSeconds(60),
                NOW.plus(Duration.ofDays(6)));
        when(billings.findByRequestNumberAndStatus(REQUEST, BillingCodeStatus.ISSUED)).thenReturn(List.of(open));

        payments.issueBillingCode(REQUEST, "3300", 150_000, null);

        assertThat(open.storedStatus()).isEqualTo(BillingCodeStatus.SUPERSEDED);
    }

    @Test
    void invoiceAlreadyEnded_getsNoCode() {
        assertProblem(() -> payments.issueBillingCode(REQUEST, "3300", 150_000, NOW), "payment.invoice.expired");
        assertThat(orders).isEmpty();
    }

    @Test
    void paidRequest_getsNoCode() {
        when(paymentRepository.findByRequestNumber(REQUEST)).thenReturn(Optional.of(
                Payment.ofTransfer(REQUEST, 150_000, "treasurer3300", NOW)));
        assertProblem(() -> payments.issueBillingCode(REQUEST, "3300", 150_000, null), "payment.request.paid");
    }

    @Test
    void zeroRupiah_getsNoCode() {
        assertProblem(() -> payments.issueBillingCode(REQUEST, "3300", 0, null), "payment.amount.invalid");
    }

    @Test
    void gatewayAnsweringAnotherAmount_isATechnicalFailure() {
        Payments wrong = new Payments(order -> new IssuedBillingCode("820260302000001", 1, order.expiresAt()),
                billings, paymentRepository, new PaymentSettings(null, null, null, new PaymentSettings.Simulator(true)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> wrong.issueBillingCode(REQUEST, "3300", 150_000, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void transferAccepted_isRecordedWithTheTreasurerAndRepeatingItAnswersTheSame() {
        when(paymentRepository.save(any())).thenAnswer(call -> call.getArgument(0));

        PaymentView first = payments.recordTransferPayment(REQUEST, 150_000, "treasurer3300");
        assertThat(first.method()).isEqualTo(PaymentMethod.TRANSFER);
        assertThat(first.verifiedBy()).isEqualTo("treasurer3300");
        assertThat(first.paidAt()).isEqualTo(NOW);
        assertThat(first.ntpn()).isNull();

        when(paymentRepository.findByRequestNumber(REQUEST)).thenReturn(Optional.of(
                Payment.ofTransfer(REQUEST, 150_000, "treasurer3300", NOW)));
        assertThat(payments.recordTransferPayment(REQUEST, 150_000, "treasurer3300")).isEqualTo(first);
        assertProblem(() -> payments.recordTransferPayment(REQUEST, 99_000, "treasurer3300"),
                "payment.request.paid");
    }

    private static void assertProblem(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiProblem.class,
                p -> assertThat(p.code()).isEqualTo(code));
    }
}
