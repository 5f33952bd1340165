package id.go.bps.pst.request.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * {@code processes/agreement.bpmn} (the SPPD), called from the online sale in parallel with the payment: verified
 * or rejected with a reason, in either order with the payment, and a single reminder when the invoice's validity
 * ends (issue 3, path 5).
 */
class AgreementProcessTest extends SaleProcessTest {

    @Test
    void agreementRejectedThenAccepted_isDeliveredAfterPayment() {
        Sale sale = acceptedMicrodataOffer().submitAgreement().verifyAgreement(false);
        assertThat(sale.called("AgreementProcess")).isWaitingAt("ReceiveTask_WaitForAgreement");

        sale.submitAgreement().verifyAgreement(true);
        assertThat(sale.instance()).isWaitingAt("CallActivity_Payment");
        sale.pay();

        assertThat(sale.instance()).isWaitingAt("UserTask_DeliverProduct");
        Assertions.assertThat(doubles.notices()).containsSubsequence("AGREEMENT_REJECTED")
                .doesNotContain("AGREEMENT_OVERDUE");
        Assertions.assertThat(doubles.statuses()).containsSubsequence("VERIFYING_AGREEMENT", "AGREEMENT_REJECTED",
                "VERIFYING_AGREEMENT", "AGREEMENT_ACCEPTED", "PREPARING_DELIVERY");
    }

    @Test
    void agreementAcceptedWithOneCopyOrNoMeterai_isRefused_andTheTaskStaysOpen() {
        Sale sale = acceptedMicrodataOffer().submitAgreement();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sale.acceptAgreementWith(1, "PAPER", null))
                .hasMessageContaining("2 original copies");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sale.acceptAgreementWith(2, "E_METERAI", "SHORT"))
                .hasMessageContaining("22 letters or digits");

        assertThat(sale.called("AgreementProcess")).isWaitingAt("UserTask_VerifyAgreement");
        sale.acceptAgreementWith(2, "PAPER", null);
        assertThat(sale.instance()).isWaitingAt("CallActivity_Payment").isNotWaitingAt("CallActivity_Agreement");
    }

    @Test
    void paymentBeforeAgreement_deliversOnce() {
        Sale sale = acceptedMicrodataOffer().pay();
        assertThat(sale.instance()).isWaitingAt("CallActivity_Agreement").isNotWaitingAt("CallActivity_Payment");

        sale.submitAgreement().verifyAgreement(true).deliver().acceptDelivery();

        assertThat(sale.instance()).isWaitingAt("ReceiveTask_WaitForRating");
        Assertions.assertThat(passes(sale, "UserTask_DeliverProduct")).isEqualTo(1);
        Assertions.assertThat(doubles.calls("deliverDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.statuses()).containsSubsequence("PAID", "AGREEMENT_ACCEPTED",
                "PREPARING_DELIVERY");
    }

    @Test
    void agreementBeforePayment_deliversOnce() {
        Sale sale = acceptedMicrodataOffer().submitAgreement().verifyAgreement(true);
        assertThat(sale.instance()).isWaitingAt("CallActivity_Payment").isNotWaitingAt("CallActivity_Agreement");

        sale.pay().deliver().acceptDelivery();

        assertThat(sale.instance()).isWaitingAt("ReceiveTask_WaitForRating");
        Assertions.assertThat(passes(sale, "UserTask_DeliverProduct")).isEqualTo(1);
        Assertions.assertThat(doubles.calls("deliverDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.statuses()).containsSubsequence("AGREEMENT_ACCEPTED", "PAID",
                "PREPARING_DELIVERY");
    }

    @Test
    void agreementMissingWhenTheInvoiceValidityEnds_remindsOnceAndKeepsWaiting() {
        Sale sale = acceptedMicrodataOffer().pay().after(SaleDoubles.INVOICE_VALIDITY);
        assertThat(sale.called("AgreementProcess")).isWaitingAt("ReceiveTask_WaitForAgreement");

        sale.submitAgreement().verifyAgreement(false).after(Duration.ofDays(10));
        sale.submitAgreement().verifyAgreement(true);

        assertThat(sale.instance()).isWaitingAt("UserTask_DeliverProduct");
        Assertions.assertThat(doubles.notices()).filteredOn("AGREEMENT_OVERDUE"::equals).hasSize(1);
        Assertions.assertThat(doubles.cancelReasons()).isEmpty();
    }

    private Sale acceptedMicrodataOffer() {
        return Sale.start(engine, SaleRequest.microdata()).checkDocuments("COMPLETE").prepareOffer().reviewOffer(true);
    }

    private long passes(Sale sale, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(sale.instance().getId()).activityId(activityId).count();
    }
}
