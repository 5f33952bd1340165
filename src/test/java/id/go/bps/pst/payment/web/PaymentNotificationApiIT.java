package id.go.bps.pst.payment.web;

import static id.go.bps.pst.payment.PaymentTestData.OFFICE;
import static id.go.bps.pst.payment.PaymentTestData.ntpn;
import static id.go.bps.pst.payment.PaymentTestData.requestNumber;
import static id.go.bps.pst.payment.web.SignedNotices.body;
import static id.go.bps.pst.payment.web.SignedNotices.posted;
import static id.go.bps.pst.payment.web.SignedNotices.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import id.go.bps.pst.payment.BillingCodeStatus;
import id.go.bps.pst.payment.BillingCodeView;
import id.go.bps.pst.payment.BillingOrder;
import id.go.bps.pst.payment.PaymentMethod;
import id.go.bps.pst.payment.PaymentReceived;
import id.go.bps.pst.payment.PaymentView;
import id.go.bps.pst.payment.Payments;
import id.go.bps.pst.payment.domain.Billing;
import id.go.bps.pst.payment.domain.BillingRepository;
import id.go.bps.pst.payment.domain.NotificationSignature;
import id.go.bps.pst.payment.simulator.SimulatedBillingGateway;
import id.go.bps.pst.platform.Problems;

/**
 * POST /api/payments/notifications as a billing gateway calls it, signed with the key the running application
 * has (the simulator's demo key in the test profile).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@RecordApplicationEvents
class PaymentNotificationApiIT {

    private static final long AMOUNT = 150_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    Payments payments;

    @Autowired
    NotificationSignature signature;

    @Autowired
    BillingRepository billings;

    @Autowired
    SimulatedBillingGateway simulator;

    @Autowired
    ApplicationEvents events;

    private BillingCodeView issue(String request) {
        return payments.issueBillingCode(request, OFFICE, AMOUNT, Instant.now().plus(Duration.ofDays(30)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private long eventsFor(String request) {
        return events.stream(PaymentReceived.class).filter(e -> e.requestNumber().equals(request)).count();
    }

    @Test
    void issuedCode_signedNotice_isPaidAndPublishedOnce() throws Exception {
        String request = requestNumber();
        BillingCodeView code = issue(request);
        String ntpn = ntpn();
        Instant paidAt = now();

        mvc.perform(signed(signature, body(code.code(), ntpn.toLowerCase(), AMOUNT, paidAt)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requestNumber").value(request))
                .andExpect(jsonPath("$.method").value("BILLING_CODE"))
                .andExpect(jsonPath("$.ntpn").value(ntpn))
                .andExpect(jsonPath("$.amount").value(AMOUNT))
                .andExpect(jsonPath("$.channel").value("BANK IT"));

        assertThat(payments.paymentOf(request)).hasValueSatisfying(p -> {
            assertThat(p.ntpn()).isEqualTo(ntpn);
            assertThat(p.paidAt()).isEqualTo(paidAt);
            assertThat(p.method()).isEqualTo(PaymentMethod.BILLING_CODE);
        });
        assertThat(payments.billingCodeOf(request)).hasValueSatisfying(
                c -> assertThat(c.status()).isEqualTo(BillingCodeStatus.PAID));
        assertThat(events.stream(PaymentReceived.class).filter(e -> e.requestNumber().equals(request)))
                .containsExactly(new PaymentReceived(request, code.code(), ntpn, AMOUNT, paidAt));
    }

    @Test
    void sameNoticeTwice_recordsOnePaymentAndAnswersTheSameBothTimes() throws Exception {
        String request = requestNumber();
        String body = body(issue(request).code(), ntpn(), AMOUNT, now());

        String first = mvc.perform(signed(signature, body)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(signed(signature, body)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(eventsFor(request)).isEqualTo(1);
    }

    @Test
    void unknownCode_isNotFound() throws Exception {
        String unknown = simulator.issue(new BillingOrder("never stored", OFFICE, AMOUNT, Instant.now())).code();
        Problems.of(mvc, signed(signature, body(unknown, ntpn(), AMOUNT, now())))
                .is(404, "payment.code.unknown");
    }

    @Test
    void wrongAmount_isRefusedAndTheCodeStaysOpen() throws Exception {
        String request = requestNumber();
        String code = issue(request).code();

        Problems.of(mvc, signed(signature, body(code, ntpn(), AMOUNT - 1, now())))
                .is(422, "payment.amount.mismatch");

        assertThat(payments.billingCodeOf(request).orElseThrow().status()).isEqualTo(BillingCodeStatus.ISSUED);
        assertThat(payments.paymentOf(request)).isEmpty();
    }

    @Test
    void expiredCode_isRefused() throws Exception {
        String request = requestNumber();
        String code = simulator.issue(new BillingOrder(request, OFFICE, AMOUNT, Instant.now())).code();
        billings.save(Billing.issued(request, OFFICE, AMOUNT, code, now().minus(Duration.ofDays(8)),
                now().minus(Duration.ofDays(1))));

        Problems.of(mvc, signed(signature, body(code, ntpn(), AMOUNT, now()))).is(422, "payment.code.expired");

        assertThat(payments.billingCodeOf(request).orElseThrow().status()).isEqualTo(BillingCodeStatus.EXPIRED);
        assertThat(payments.paymentOf(request)).isEmpty();
    }

    @Test
    void supersededCode_isRefusedAndTheNewOneIsPaid() throws Exception {
        String request = requestNumber();
        String old = issue(request).code();
        String current = issue(request).code();

        Problems.of(mvc, signed(signature, body(old, ntpn(), AMOUNT, now()))).is(422, "payment.code.expired");
        mvc.perform(signed(signature, body(current, ntpn(), AMOUNT, now()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.billingCode").value(current));
    }

    @Test
    void sameNtpnForAnotherCode_isAConflict() throws Exception {
        String ntpn = ntpn();
        mvc.perform(signed(signature, body(issue(requestNumber()).code(), ntpn, AMOUNT, now())))
                .andExpect(status().isOk());
        String other = requestNumber();

        Problems.of(mvc, signed(signature, body(issue(other).code(), ntpn, AMOUNT, now())))
                .is(409, "payment.ntpn.reused");
        assertThat(payments.paymentOf(other)).isEmpty();
    }

    @Test
    void malformedNtpn_isABadRequestNamingTheField() throws Exception {
        String code = issue(requestNumber()).code();
        mvc.perform(signed(signature, body(code, "0A1B-2C3D", AMOUNT, now())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors[0].field").value("ntpn"))
                .andExpect(jsonPath("$.errors[0].message.id").isNotEmpty())
                .andExpect(jsonPath("$.errors[0].message.en").isNotEmpty());
    }

    static Stream<Arguments> badSignatures() {
        NotificationSignature stranger = new NotificationSignature("somebody-else's-secret-of-32-bytes!!");
        return Stream.of(
                Arguments.of("missing header", (SignatureFor) (mine, body) -> null),
                Arguments.of("signed by a stranger", (SignatureFor) (mine, body) -> stranger.sign(bytes(body))),
                Arguments.of("tampered body", (SignatureFor) (mine, body) -> mine.sign(bytes(body.replace(
                        "\"amount\":" + AMOUNT, "\"amount\":1")))),
                Arguments.of("bare hex, no scheme", (SignatureFor) (mine, body) -> mine.sign(bytes(body))
                        .substring("sha256=".length())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSignatures")
    void badSignature_isUnauthorisedAndRecordsNothing(String name, SignatureFor header) throws Exception {
        String request = requestNumber();
        String body = body(issue(request).code(), ntpn(), AMOUNT, now());

        Problems.of(mvc, posted(body, header.of(signature, body))).is(401, "payment.signature.invalid");

        assertThat(payments.paymentOf(request)).isEmpty();
    }

    @Test
    void transferFromAbroad_isRecordedWithTheTreasurerAndNoNtpn() {
        String request = requestNumber();

        payments.recordTransferPayment(request, 2_500_000, "treasurer3300");

        PaymentView payment = payments.paymentOf(request).orElseThrow();
        assertThat(payment.method()).isEqualTo(PaymentMethod.TRANSFER);
        assertThat(payment.verifiedBy()).isEqualTo("treasurer3300");
        assertThat(payment.ntpn()).isNull();
        assertThat(payment.amount()).isEqualTo(2_500_000);
        assertThat(eventsFor(request)).isZero();
    }

    @Test
    void signedNotice_needsNoLogin() throws Exception {
        String request = requestNumber();
        String body = body(issue(request).code(), ntpn(), AMOUNT, now());

        mvc.perform(post(SignedNotices.PATH).contentType(MediaType.APPLICATION_JSON).content(body)
                        .header(NotificationSignature.HEADER, signature.sign(bytes(body))))
                .andExpect(status().isOk());
        Problems.of(mvc, post(SignedNotices.PATH).contentType(MediaType.APPLICATION_JSON).content(body))
                .is(401, "payment.signature.invalid");
    }

    interface SignatureFor {
        String of(NotificationSignature mine, String body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
