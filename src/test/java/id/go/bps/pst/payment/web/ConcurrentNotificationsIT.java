package id.go.bps.pst.payment.web;

import static id.go.bps.pst.payment.PaymentTestData.OFFICE;
import static id.go.bps.pst.payment.PaymentTestData.ntpn;
import static id.go.bps.pst.payment.PaymentTestData.requestNumber;
import static id.go.bps.pst.payment.web.SignedNotices.body;
import static id.go.bps.pst.payment.web.SignedNotices.signed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import id.go.bps.pst.payment.BillingCodeStatus;
import id.go.bps.pst.payment.Payments;
import id.go.bps.pst.payment.domain.NotificationSignature;

/** Two identical notifications released at the same instant, as a gateway that retries too eagerly sends them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ConcurrentNotificationsIT {

    private static final int ROUNDS = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    Payments payments;

    @Autowired
    NotificationSignature signature;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService gateway = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        gateway.shutdownNow();
    }

    @Test
    void twinNoticesAtOnce_bothAnswer200AndOnePaymentIsRecorded() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String request = requestNumber();
            String code = payments.issueBillingCode(request, OFFICE, 150_000,
                    Instant.now().plus(Period.ofDays(30))).code();
            String body = body(code, ntpn(), 150_000, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<String> notify = () -> {
                together.await();
                var response = mvc.perform(signed(signature, body)).andReturn().getResponse();
                return response.getStatus() + " " + response.getContentAsString();
            };

            List<Future<String>> answers = gateway.invokeAll(List.of(notify, notify));

            String first = answers.get(0).get();
            assertThat(first).startsWith("200 ");
            assertThat(answers.get(1).get()).isEqualTo(first);
            assertThat(jdbc.queryForObject("select count(*) from payment_received where request_number = ?",
                    Integer.class, request)).isEqualTo(1);
            assertThat(payments.billingCodeOf(request).orElseThrow().status()).isEqualTo(BillingCodeStatus.PAID);
        }
    }
}
