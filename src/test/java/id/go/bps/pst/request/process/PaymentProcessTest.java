package id.go.bps.pst.request.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * {@code processes/payment.bpmn}, called from the online sale: the billing code that expires and is reissued once,
 * the transfer of a customer abroad that the treasurer verifies, and the cancellation when the invoice's validity
 * ends unpaid (issue 3, path 4).
 */
class PaymentProcessTest extends SaleProcessTest {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    @Test
    void customerAbroad_transferProofRejectedThenAccepted_isPaidAndDelivered() {
        Sale sale = Sale.start(engine, SaleRequest.publication().abroad()).checkDocuments("COMPLETE").prepareOffer();
        assertThat(sale.called("PaymentProcess")).isWaitingAt("ReceiveTask_WaitForTransferProof");

        sale.uploadTransferProof();
        assertThat(sale.called("PaymentProcess")).isWaitingAt("UserTask_VerifyTransfer").task()
                .hasCandidateGroup("treasurer3300");
        sale.verifyTransfer(false);
        assertThat(sale.called("PaymentProcess")).isWaitingAt("ReceiveTask_WaitForTransferProof");
        sale.uploadTransferProof().verifyTransfer(true);

        assertThat(sale.instance()).isWaitingAt("UserTask_DeliverProduct");
        sale.deliver().acceptDelivery().rate(5, false);
        assertThat(sale.instance()).hasPassed("EndEvent_Rated").isEnded();
        Assertions.assertThat(doubles.calls("recordTransferPaymentDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.calls("issueBillingCodeDelegate")).isZero();
        Assertions.assertThat(doubles.calls("issueReceiptDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.notices()).containsExactly("NEW_REQUEST", "OFFER_READY",
                "TRANSFER_INSTRUCTIONS", "TRANSFER_REJECTED", "DELIVERED", "CLOSED_PLEASE_RATE");
        Assertions.assertThat(doubles.statuses()).containsExactly("CHECKING_DOCUMENTS", "PREPARING_OFFER",
                "WAITING_PAYMENT", "VERIFYING_TRANSFER", "TRANSFER_REJECTED", "VERIFYING_TRANSFER", "PAID",
                "PREPARING_DELIVERY", "DELIVERED", "DONE");
    }

    @Test
    void domestic_billingCodeExpired_isReissuedOnce_thenPaid() {
        Sale sale = Sale.start(engine, SaleRequest.publication()).checkDocuments("COMPLETE").prepareOffer();
        Assertions.assertThat(sale.timerDueAt("IntermediateCatchEvent_BillingCodeExpired"))
                .isEqualTo(SaleDeadlinesStub.fromNow(SaleDoubles.BILLING_CODE_VALIDITY));

        sale.after(SaleDoubles.BILLING_CODE_VALIDITY);
        assertThat(sale.called("PaymentProcess")).isWaitingAt("Gateway_AwaitPayment")
                .hasPassed("Gateway_ReissueAllowed");
        sale.pay();

        assertThat(sale.instance()).isWaitingAt("UserTask_DeliverProduct");
        Assertions.assertThat(doubles.calls("issueBillingCodeDelegate")).isEqualTo(2);
        Assertions.assertThat(doubles.notices()).containsExactly("NEW_REQUEST", "OFFER_READY", "BILLING_CODE_ISSUED",
                "BILLING_CODE_ISSUED");
        Assertions.assertThat(doubles.statuses()).doesNotContain("BILLING_CODE_EXPIRED", "CANCELLED");
    }

    @Test
    void domestic_billingCodeExpiredTwice_isCancelledWhenTheInvoiceValidityEnds() {
        Sale sale = Sale.start(engine, SaleRequest.microdata()).checkDocuments("COMPLETE").prepareOffer()
                .reviewOffer(true)
                .after(SaleDoubles.BILLING_CODE_VALIDITY)
                .after(SaleDoubles.BILLING_CODE_VALIDITY);
        assertThat(sale.called("PaymentProcess")).isWaitingAt("IntermediateCatchEvent_InvoiceExpired");
        assertThat(sale.instance()).isWaitingAt("CallActivity_Payment", "CallActivity_Agreement");

        sale.after(SaleDoubles.INVOICE_VALIDITY.minus(SaleDoubles.BILLING_CODE_VALIDITY.multipliedBy(2)));

        assertThat(sale.instance()).hasPassed("BoundaryEvent_PaymentNotMade", "ServiceTask_CancelPaymentNotMade",
                "EndEvent_CancelledPaymentNotMade").hasNotPassed("UserTask_DeliverProduct").isEnded();
        Assertions.assertThat(sale.runningInstances()).as("the SPPD branch ends with the sale").isZero();
        Assertions.assertThat(doubles.calls("issueBillingCodeDelegate")).isEqualTo(2);
        Assertions.assertThat(doubles.cancelReasons()).containsExactly("PAYMENT_NOT_MADE");
        Assertions.assertThat(doubles.notices()).containsSubsequence("BILLING_CODE_ISSUED", "BILLING_CODE_ISSUED",
                "BILLING_CODE_EXPIRED", "REQUEST_CANCELLED");
        Assertions.assertThat(doubles.statuses()).endsWith("BILLING_CODE_EXPIRED", "CANCELLED");
    }

    @Test
    void domestic_secondCodeExpired_isNotCancelledBeforeTheInvoiceValidityEnds() {
        Sale sale = Sale.start(engine, SaleRequest.publication()).checkDocuments("COMPLETE").prepareOffer()
                .after(SaleDoubles.BILLING_CODE_VALIDITY)
                .after(SaleDoubles.BILLING_CODE_VALIDITY);

        sale.after(SaleDoubles.INVOICE_VALIDITY.minus(SaleDoubles.BILLING_CODE_VALIDITY.multipliedBy(2))
                .minus(A_MINUTE));

        assertThat(sale.called("PaymentProcess")).isWaitingAt("IntermediateCatchEvent_InvoiceExpired");
        assertThat(sale.instance()).isWaitingAt("CallActivity_Payment");
        Assertions.assertThat(doubles.cancelReasons()).isEmpty();
    }

    @Test
    void abroad_noTransferProofByTheInvoiceValidityEnd_isCancelled() {
        Sale sale = Sale.start(engine, SaleRequest.publication().abroad()).checkDocuments("COMPLETE").prepareOffer();

        sale.after(SaleDoubles.INVOICE_VALIDITY);

        assertThat(sale.instance()).hasPassed("EndEvent_CancelledPaymentNotMade").isEnded();
        Assertions.assertThat(doubles.cancelReasons()).containsExactly("PAYMENT_NOT_MADE");
        Assertions.assertThat(doubles.notices()).endsWith("TRANSFER_INSTRUCTIONS", "REQUEST_CANCELLED");
    }
}
