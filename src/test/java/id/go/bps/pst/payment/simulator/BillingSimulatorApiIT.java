package id.go.bps.pst.payment.simulator;

import static id.go.bps.pst.payment.PaymentTestData.OFFICE;
import static id.go.bps.pst.payment.PaymentTestData.requestNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import id.go.bps.pst.identifiers.Ntpn;
import id.go.bps.pst.payment.BillingCodeStatus;
import id.go.bps.pst.payment.BillingCodeView;
import id.go.bps.pst.payment.PaymentReceived;
import id.go.bps.pst.payment.Payments;
import id.go.bps.pst.platform.Problems;

/** The simulator plays the bank: a code issued through the port is paid through the signed notification path. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@RecordApplicationEvents
class BillingSimulatorApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Payments payments;

    @Autowired
    ApplicationEvents events;

    /** With a user until SecurityConfig opens /api/simulator/** while the simulator is on. */
    private static MockHttpServletRequestBuilder pay(String code) {
        return post("/api/simulator/billing/{code}/pay", code);
    }

    @Test
    void simulatorPay_endToEnd_recordsThePaymentWithTheNtpnItAnswers() throws Exception {
        String request = requestNumber();
        BillingCodeView code = payments.issueBillingCode(request, OFFICE, 275_000,
                Instant.now().plus(Period.ofDays(30)));

        String answer = mvc.perform(pay(code.code()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.billingCode").value(code.code()))
                .andExpect(jsonPath("$.amount").value(275_000))
                .andExpect(jsonPath("$.channel").value("SIMULATOR"))
                .andReturn().getResponse().getContentAsString();

        String ntpn = JsonPath.read(answer, "$.ntpn");
        assertThat(Ntpn.check(ntpn).valid()).isTrue();
        assertThat(payments.paymentOf(request).orElseThrow().ntpn()).isEqualTo(ntpn);
        assertThat(payments.billingCodeOf(request).orElseThrow().status()).isEqualTo(BillingCodeStatus.PAID);
        assertThat(events.stream(PaymentReceived.class).filter(e -> e.requestNumber().equals(request)))
                .singleElement().satisfies(e -> {
                    assertThat(e.ntpn()).isEqualTo(ntpn);
                    assertThat(e.billingCode()).isEqualTo(code.code());
                    assertThat(e.amount()).isEqualTo(275_000);
                });
    }

    @Test
    void payingAPaidCodeAgain_isAConflict() throws Exception {
        String code = payments.issueBillingCode(requestNumber(), OFFICE, 50_000, null).code();
        mvc.perform(pay(code)).andExpect(status().isOk());

        Problems.of(mvc, pay(code)).is(409, "payment.code.paid");
    }

    @Test
    void payingAnUnknownCode_isNotFound() throws Exception {
        Problems.of(mvc, pay("100000000000001")).is(404, "payment.code.unknown");
    }

    @Test
    void issuedCodes_are15DigitsAndExpireAfterSevenDaysUnlessTheInvoiceEndsFirst() {
        Instant invoiceEnd = Instant.now().plus(Period.ofDays(3));
        BillingCodeView capped = payments.issueBillingCode(requestNumber(), OFFICE, 50_000, invoiceEnd);
        BillingCodeView full = payments.issueBillingCode(requestNumber(), OFFICE, 50_000, null);

        assertThat(capped.code()).hasSize(15).containsOnlyDigits().isNotEqualTo(full.code());
        assertThat(capped.expiresAt()).isEqualTo(invoiceEnd.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(full.expiresAt()).isEqualTo(full.issuedAt().plus(Period.ofDays(7)));
    }
}
