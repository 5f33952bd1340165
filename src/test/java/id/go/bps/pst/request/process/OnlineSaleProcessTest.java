package id.go.bps.pst.request.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * {@code processes/online-sale.bpmn}: one test per path of issue 3 (request, document check, offer, delivery,
 * revision, rating), on the real models and forms, with the payment and SPPD taken on their shortest path.
 */
class OnlineSaleProcessTest extends SaleProcessTest {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    @Test
    void publicationDomestic_paidWithBillingCode_isDeliveredClosedAndRated() {
        Sale sale = Sale.start(engine, SaleRequest.publication());
        assertThat(sale.instance()).isWaitingAt("UserTask_CheckDocuments").task().hasCandidateGroup("officer3300");
        assertThat(sale.instance()).hasVariables("requestNumber", "officeCode", "needsAgreement", "zeroRupiah",
                "abroad", "totalAmount");

        sale.checkDocuments("COMPLETE");
        assertThat(sale.instance()).isWaitingAt("UserTask_PrepareOffer").task().hasCandidateGroup("officer3300");
        sale.prepareOffer();
        assertThat(sale.instance()).isWaitingAt("CallActivity_Payment");
        assertThat(sale.called("PaymentProcess")).isWaitingAt("Gateway_AwaitPayment");

        sale.pay();
        assertThat(sale.instance()).isWaitingAt("UserTask_DeliverProduct").task().hasCandidateGroup("officer3300");
        sale.deliver().acceptDelivery();
        assertThat(sale.instance()).isWaitingAt("ReceiveTask_WaitForRating");
        sale.rate(5, false);

        assertThat(sale.instance()).hasPassedInOrder("UserTask_CheckDocuments", "UserTask_PrepareOffer",
                "ServiceTask_IssueOffer", "CallActivity_Payment", "UserTask_DeliverProduct", "ServiceTask_IssueReceipt",
                "ServiceTask_Deliver", "ServiceTask_CloseRequest", "EndEvent_Rated").isEnded();
        assertThat(sale.instance()).hasNotPassed("ReceiveTask_WaitForOfferReview", "CallActivity_Agreement",
                "SendTask_NotifySupervisorLowRating");
        Assertions.assertThat(doubles.notices()).containsExactly("NEW_REQUEST", "OFFER_READY", "BILLING_CODE_ISSUED",
                "DELIVERED", "CLOSED_PLEASE_RATE");
        Assertions.assertThat(doubles.statuses()).containsExactly("CHECKING_DOCUMENTS", "PREPARING_OFFER",
                "WAITING_PAYMENT", "PAID", "PREPARING_DELIVERY", "DELIVERED", "DONE");
    }

    @Test
    void microdataDomestic_offerReviewedPaidAndAgreementAccepted_isDelivered() {
        Sale sale = Sale.start(engine, SaleRequest.microdata()).checkDocuments("COMPLETE").prepareOffer();
        assertThat(sale.instance()).isWaitingAt("ReceiveTask_WaitForOfferReview");

        sale.reviewOffer(true);
        assertThat(sale.instance()).isWaitingAt("CallActivity_Agreement", "CallActivity_Payment");
        sale.pay().submitAgreement();
        assertThat(sale.called("AgreementProcess")).isWaitingAt("UserTask_VerifyAgreement").task()
                .hasCandidateGroup("officer3300");
        sale.verifyAgreement(true).deliver().acceptDelivery().rate(4, false);

        assertThat(sale.instance()).hasPassedInOrder("ReceiveTask_WaitForOfferReview", "CallActivity_Payment",
                "UserTask_DeliverProduct", "ServiceTask_IssueReceipt", "ServiceTask_Deliver", "EndEvent_Rated")
                .hasPassed("CallActivity_Agreement").isEnded();
        Assertions.assertThat(doubles.notices()).containsExactly("NEW_REQUEST", "OFFER_READY", "BILLING_CODE_ISSUED",
                "DELIVERED", "CLOSED_PLEASE_RATE");
        Assertions.assertThat(doubles.statuses()).containsExactly("CHECKING_DOCUMENTS", "PREPARING_OFFER",
                "WAITING_OFFER_REVIEW", "WAITING_AGREEMENT", "WAITING_PAYMENT", "PAID", "VERIFYING_AGREEMENT",
                "AGREEMENT_ACCEPTED", "PREPARING_DELIVERY", "DELIVERED", "DONE");
    }

    @Test
    void zeroRupiahMicrodata_skipsPaymentButNotTheAgreement_isDeliveredWithoutReceipt() {
        Sale sale = Sale.start(engine, SaleRequest.microdata().zeroRupiah())
                .checkDocuments("COMPLETE").prepareOffer().reviewOffer(true);
        assertThat(sale.instance()).isWaitingAt("CallActivity_Agreement");

        sale.submitAgreement().verifyAgreement(true);
        assertThat(sale.instance()).isWaitingAt("UserTask_DeliverProduct");
        sale.deliver().acceptDelivery().rate(5, false);

        assertThat(sale.instance()).hasPassed("CallActivity_Agreement", "ServiceTask_Deliver", "EndEvent_Rated")
                .hasNotPassed("CallActivity_Payment", "ServiceTask_IssueReceipt").isEnded();
        Assertions.assertThat(doubles.calls("issueBillingCodeDelegate")).isZero();
        Assertions.assertThat(doubles.calls("issueReceiptDelegate")).isZero();
        Assertions.assertThat(doubles.notices()).doesNotContain("BILLING_CODE_ISSUED", "TRANSFER_INSTRUCTIONS");
    }

    @Test
    void microdata_abstractMismatch_isCancelledWithTheReason() {
        Sale sale = Sale.start(engine, SaleRequest.microdata()).checkDocuments("MISMATCH");

        assertThat(sale.instance()).hasPassed("ServiceTask_CancelAbstractMismatch")
                .hasNotPassed("UserTask_PrepareOffer").isEnded();
        assertThat(sale.instance()).hasPassed("EndEvent_CancelledAbstractMismatch");
        Assertions.assertThat(doubles.cancelReasons()).containsExactly("ABSTRACT_MISMATCH");
        Assertions.assertThat(doubles.notices()).containsExactly("NEW_REQUEST", "REQUEST_CANCELLED");
        Assertions.assertThat(doubles.statuses()).containsExactly("CHECKING_DOCUMENTS", "CANCELLED");
    }

    @Test
    void missingDocument_neverSent_isCancelledWhenTheDeadlinePasses() {
        Sale sale = Sale.start(engine, SaleRequest.microdata()).checkDocuments("INCOMPLETE");
        assertThat(sale.instance()).isWaitingAt("ReceiveTask_WaitForDocument");
        Assertions.assertThat(sale.timerDueAt("BoundaryEvent_DocumentOverdue"))
                .isEqualTo(SaleDeadlinesStub.fromNow(SaleDeadlinesStub.MISSING_DOCUMENT));

        sale.after(SaleDeadlinesStub.MISSING_DOCUMENT.minus(A_MINUTE));
        assertThat(sale.instance()).isWaitingAt("ReceiveTask_WaitForDocument");
        sale.after(A_MINUTE);

        assertThat(sale.instance()).hasPassed("EndEvent_CancelledDocumentOverdue").isEnded();
        Assertions.assertThat(doubles.cancelReasons()).containsExactly("DOCUMENT_OVERDUE");
        Assertions.assertThat(doubles.notices()).containsExactly("NEW_REQUEST", "DOCUMENT_MISSING",
                "REQUEST_CANCELLED");
        Assertions.assertThat(doubles.statuses()).containsExactly("CHECKING_DOCUMENTS", "WAITING_DOCUMENT",
                "CANCELLED");
    }

    @Test
    void missingDocument_sent_returnsToTheDocumentCheck() {
        Sale sale = Sale.start(engine, SaleRequest.microdata()).checkDocuments("INCOMPLETE").supplyDocument();
        assertThat(sale.instance()).isWaitingAt("UserTask_CheckDocuments");
        Assertions.assertThat(engine.getManagementService().createJobQuery().timers()
                .activityId("BoundaryEvent_DocumentOverdue").count()).isZero();

        sale.checkDocuments("COMPLETE");

        assertThat(sale.instance()).isWaitingAt("UserTask_PrepareOffer");
        Assertions.assertThat(doubles.statuses()).containsExactly("CHECKING_DOCUMENTS", "WAITING_DOCUMENT",
                "CHECKING_DOCUMENTS", "PREPARING_OFFER");
        Assertions.assertThat(doubles.notices()).containsExactly("NEW_REQUEST", "DOCUMENT_MISSING");
    }

    @Test
    void microdata_offerCorrectionRequested_returnsToTheOfficerUntilAccepted() {
        Sale sale = Sale.start(engine, SaleRequest.microdata()).checkDocuments("COMPLETE").prepareOffer()
                .reviewOffer(false);
        assertThat(sale.instance()).isWaitingAt("UserTask_PrepareOffer").hasVariables("decisionReason");

        sale.prepareOffer();
        assertThat(sale.instance()).isWaitingAt("ReceiveTask_WaitForOfferReview");
        sale.reviewOffer(true);

        assertThat(sale.instance()).isWaitingAt("CallActivity_Agreement", "CallActivity_Payment");
        Assertions.assertThat(doubles.calls("issueOfferDelegate")).isEqualTo(2);
        Assertions.assertThat(doubles.notices()).containsExactly("NEW_REQUEST", "OFFER_READY", "OFFER_READY",
                "BILLING_CODE_ISSUED");
        Assertions.assertThat(doubles.statuses()).startsWith("CHECKING_DOCUMENTS", "PREPARING_OFFER",
                "WAITING_OFFER_REVIEW", "PREPARING_OFFER", "WAITING_OFFER_REVIEW");
    }

    @Test
    void microdata_offerNeverReviewed_isCancelledWhenTheInvoiceExpires() {
        Sale sale = Sale.start(engine, SaleRequest.microdata()).checkDocuments("COMPLETE").prepareOffer();

        sale.after(SaleDoubles.INVOICE_VALIDITY.plus(A_MINUTE));

        assertThat(sale.instance()).hasPassed("EndEvent_CancelledOfferExpired").isEnded();
        Assertions.assertThat(doubles.cancelReasons()).containsExactly("OFFER_EXPIRED");
        Assertions.assertThat(doubles.notices()).endsWith("REQUEST_CANCELLED");
    }

    @Test
    void revisionRequestedAfterDelivery_isHandledAndDeliveredAgain() {
        Sale sale = deliveredPublication().requestRevision();
        assertThat(sale.instance()).isWaitingAt("UserTask_HandleRevision").task().hasCandidateGroup("officer3300");

        sale.handleRevision();
        assertThat(sale.instance()).isWaitingAt("Gateway_DeliveryCheck");
        sale.acceptDelivery();

        assertThat(sale.instance()).hasPassedInOrder("ServiceTask_Deliver", "UserTask_HandleRevision",
                "ServiceTask_CloseRequest").isWaitingAt("ReceiveTask_WaitForRating");
        Assertions.assertThat(doubles.calls("deliverDelegate")).isEqualTo(2);
        Assertions.assertThat(doubles.calls("issueReceiptDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.statuses()).endsWith("DELIVERED", "REVISING", "DELIVERED", "DONE");
        Assertions.assertThat(doubles.notices()).endsWith("DELIVERED", "DELIVERED", "CLOSED_PLEASE_RATE");
    }

    @Test
    void noAnswerWithinTheRevisionWindow_closesByItself() {
        Sale sale = deliveredPublication();
        Assertions.assertThat(sale.timerDueAt("IntermediateCatchEvent_RevisionWindowEnded"))
                .isEqualTo(SaleDeadlinesStub.fromNow(SaleDeadlinesStub.REVISION_WINDOW));

        sale.after(SaleDeadlinesStub.REVISION_WINDOW.minus(A_MINUTE));
        assertThat(sale.instance()).isWaitingAt("Gateway_DeliveryCheck");
        sale.after(A_MINUTE);

        assertThat(sale.instance()).hasPassed("IntermediateCatchEvent_RevisionWindowEnded", "ServiceTask_CloseRequest")
                .hasNotPassed("IntermediateCatchEvent_DeliveryAccepted").isWaitingAt("ReceiveTask_WaitForRating");
        Assertions.assertThat(doubles.statuses()).endsWith("DELIVERED", "DONE");
        Assertions.assertThat(doubles.notices()).endsWith("CLOSED_PLEASE_RATE");
    }

    @Test
    void lowRating_notifiesTheSupervisor() {
        Sale sale = deliveredPublication().acceptDelivery().rate(2, false);

        assertThat(sale.instance()).hasPassed("SendTask_NotifySupervisorLowRating", "EndEvent_Rated").isEnded();
        Assertions.assertThat(doubles.notices()).endsWith("CLOSED_PLEASE_RATE", "LOW_RATING");
    }

    @Test
    void goodRatingWithComplaint_notifiesTheSupervisor() {
        Sale sale = deliveredPublication().acceptDelivery().rate(4, true);

        assertThat(sale.instance()).hasPassed("SendTask_NotifySupervisorLowRating", "EndEvent_Rated").isEnded();
        Assertions.assertThat(doubles.notices()).endsWith("LOW_RATING");
    }

    @Test
    void noRatingWithinThirtyDays_endsWithoutRating() {
        Sale sale = deliveredPublication().acceptDelivery();

        sale.after(Duration.ofDays(30).minus(A_MINUTE));
        assertThat(sale.instance()).isWaitingAt("ReceiveTask_WaitForRating");
        sale.after(A_MINUTE);

        assertThat(sale.instance()).hasPassed("EndEvent_ClosedWithoutRating")
                .hasNotPassed("Gateway_LowRating").isEnded();
    }

    private Sale deliveredPublication() {
        return Sale.start(engine, SaleRequest.publication()).checkDocuments("COMPLETE").prepareOffer().pay().deliver();
    }
}
