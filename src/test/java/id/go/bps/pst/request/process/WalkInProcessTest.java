package id.go.bps.pst.request.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * {@code processes/walk-in.bpmn}, the sale at the desk (issue 4; seed 001 walk-in, seed 003), one test per path.
 * It lives next to the online sale's tests because it calls the same payment and SPPD models with the same doubles.
 */
class WalkInProcessTest extends SaleProcessTest {

    @Test
    void microdata_cashToTreasurer_sppdSignedAtDesk_isHandedOverAndRated() {
        SaleRequest request = SaleRequest.microdata();
        doubles.deskRequestIs(request);
        WalkIn visit = WalkIn.queued(engine, request);
        assertThat(visit.instance()).isWaitingAt("ReceiveTask_WaitForCall");

        visit.upToDocumentCheck();
        assertThat(visit.instance()).isWaitingAt("UserTask_CheckDeskDocuments").task()
                .hasCandidateGroup("officer3300");
        visit.checkDocuments("COMPLETE").prepareOffer().reviewOffer(true, "CASH");

        assertThat(visit.called("PaymentProcess")).isWaitingAt("UserTask_ReceiveCash").task()
                .hasCandidateGroup("treasurer3300");
        visit.receiveCash();
        assertThat(visit.called("AgreementProcess")).isWaitingAt("UserTask_VerifyAgreement")
                .hasNotPassed("ReceiveTask_WaitForAgreement");
        visit.recordSignedAgreement().handOver().checkHandOver(true).rateAtKiosk(5, false);

        assertThat(visit.instance()).hasPassedInOrder("ReceiveTask_WaitForCall", "ReceiveTask_WaitForGuestBook",
                "ReceiveTask_WaitForRequest", "UserTask_CheckDeskDocuments", "ServiceTask_OpenDeskRequest",
                "UserTask_PrepareDeskOffer", "ServiceTask_IssueDeskOffer", "UserTask_ReviewOfferAtDesk",
                "CallActivity_DeskPayment", "CallActivity_DeskAgreement", "ServiceTask_IssueDeskReceipt",
                "UserTask_HandOverProduct", "ServiceTask_DeliverAtDesk", "UserTask_CheckHandOver",
                "ServiceTask_CloseDeskRequest", "ReceiveTask_WaitForKioskRating", "EndEvent_VisitDone")
                .hasNotPassed("BoundaryEvent_ServiceStandardDue").isEnded();
        Assertions.assertThat(doubles.calls("recordCashPaymentDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.calls("issueBillingCodeDelegate")).isZero();
        Assertions.assertThat(doubles.calls("issueReceiptDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.calls("visitEndedListener")).isEqualTo(1);
        Assertions.assertThat(doubles.statuses()).containsExactly("WAITING_PAYMENT", "PAID", "VERIFYING_AGREEMENT",
                "AGREEMENT_ACCEPTED");
        Assertions.assertThat(doubles.notices()).isEmpty();
    }

    @Test
    void publication_billingCodePaidAtTheBank_samePaymentPortAsOnline() {
        SaleRequest request = SaleRequest.publication();
        doubles.deskRequestIs(request);
        WalkIn visit = WalkIn.queued(engine, request).upToDocumentCheck().checkDocuments("COMPLETE").prepareOffer()
                .reviewOffer(true, "BILLING_CODE");
        assertThat(visit.called("PaymentProcess")).isWaitingAt("Gateway_AwaitPayment")
                .hasPassed("ServiceTask_IssueBillingCode").hasNotPassed("UserTask_ReceiveCash");

        visit.payAtBank();

        assertThat(visit.instance()).isWaitingAt("UserTask_HandOverProduct").hasPassed("ServiceTask_IssueDeskReceipt")
                .hasNotPassed("CallActivity_DeskAgreement");
        Assertions.assertThat(doubles.calls("issueBillingCodeDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.calls("recordCashPaymentDelegate")).isZero();
        Assertions.assertThat(doubles.notices()).containsExactly("BILLING_CODE_ISSUED");
    }

    @Test
    void billingCodeNeverPaid_isCancelledWhenTheInvoiceEnds() {
        SaleRequest request = SaleRequest.publication();
        doubles.deskRequestIs(request);
        WalkIn visit = WalkIn.queued(engine, request).upToDocumentCheck().checkDocuments("COMPLETE").prepareOffer()
                .reviewOffer(true, "BILLING_CODE");

        visit.after(SaleDoubles.BILLING_CODE_VALIDITY).after(SaleDoubles.BILLING_CODE_VALIDITY)
                .after(SaleDoubles.INVOICE_VALIDITY);

        assertThat(visit.instance()).hasPassed("BoundaryEvent_DeskPaymentNotMade", "ServiceTask_CancelDeskRequest",
                "EndEvent_DeskCancelledPaymentNotMade").isEnded();
        Assertions.assertThat(doubles.calls("cancelDeskRequestDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.calls("visitEndedListener")).isEqualTo(1);
    }

    @Test
    void abstractMismatch_redirectsToConsultation_notACancelledSale() {
        WalkIn visit = WalkIn.queued(engine, SaleRequest.microdata()).upToDocumentCheck();

        visit.checkDocuments("MISMATCH");

        assertThat(visit.instance()).hasPassed("ServiceTask_OpenConsultation", "EndEvent_RedirectedToConsultation")
                .hasNotPassed("ServiceTask_OpenDeskRequest").isEnded();
        Assertions.assertThat(doubles.calls("openConsultationDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.calls("openDeskRequestDelegate")).isZero();
        Assertions.assertThat(doubles.calls("cancelRequestDelegate") + doubles.calls("cancelDeskRequestDelegate"))
                .isZero();
        Assertions.assertThat(doubles.calls("visitEndedListener")).isEqualTo(1);
    }

    @Test
    void offerCorrection_andProductFix_loopBackToTheOfficer() {
        SaleRequest request = SaleRequest.microdata();
        doubles.deskRequestIs(request);
        WalkIn visit = WalkIn.queued(engine, request).upToDocumentCheck().checkDocuments("COMPLETE").prepareOffer();

        visit.reviewOffer(false, null);
        assertThat(visit.instance()).isWaitingAt("UserTask_PrepareDeskOffer");
        visit.prepareOffer().reviewOffer(true, "CASH").receiveCash().recordSignedAgreement().handOver();
        visit.checkHandOver(false);
        assertThat(visit.instance()).isWaitingAt("UserTask_HandOverProduct");
        visit.handOver().checkHandOver(true);

        assertThat(visit.instance()).isWaitingAt("ReceiveTask_WaitForKioskRating");
        Assertions.assertThat(doubles.calls("issueOfferDelegate")).isEqualTo(2);
        Assertions.assertThat(doubles.calls("deliverDelegate")).isEqualTo(2);
        Assertions.assertThat(doubles.calls("issueReceiptDelegate")).isEqualTo(1);
    }

    @Test
    void serviceStandardMissed_escalatesToTheSupervisor_andTheVisitorIsStillCalled() {
        WalkIn visit = WalkIn.queued(engine, SaleRequest.publication());
        Assertions.assertThat(visit.timerDueAt("BoundaryEvent_ServiceStandardDue"))
                .isEqualTo(SaleDeadlinesStub.fromNow(WalkInDeadlinesStub.STANDARD));

        visit.after(WalkInDeadlinesStub.STANDARD);

        assertThat(visit.instance()).isWaitingAt("ReceiveTask_WaitForLateCall", "UserTask_FollowUpServiceStandard");
        assertThat(visit.instance()).task("UserTask_FollowUpServiceStandard").hasCandidateGroup("supervisor3300");
        visit.call();
        assertThat(visit.instance()).isWaitingAt("ReceiveTask_WaitForGuestBook", "UserTask_FollowUpServiceStandard");
        visit.followUpServiceStandard();
        assertThat(visit.instance()).hasPassed("EndEvent_ServiceStandardFollowedUp")
                .isWaitingAt("ReceiveTask_WaitForGuestBook");
    }

    @Test
    void previousVisitorStillServed_standardNotMissedYet_checksAgainLater() {
        doubles.standardMissedAnswers(false);
        WalkIn visit = WalkIn.queued(engine, SaleRequest.publication());

        visit.after(WalkInDeadlinesStub.STANDARD);

        assertThat(visit.instance()).isWaitingAt("ReceiveTask_WaitForCall").hasPassed("ServiceTask_CheckServiceStandard")
                .hasNotPassed("UserTask_FollowUpServiceStandard");
        Assertions.assertThat(visit.timerDueAt("BoundaryEvent_ServiceStandardDue"))
                .isEqualTo(SaleDeadlinesStub.fromNow(WalkInDeadlinesStub.STANDARD));
        visit.call();
        assertThat(visit.instance()).isWaitingAt("ReceiveTask_WaitForGuestBook");
    }

    @Test
    void officeWithoutQueueNumbers_greetsTheVisitorAtOnce() {
        WalkIn visit = WalkIn.greeted(engine, SaleRequest.publication());

        assertThat(visit.instance()).isWaitingAt("ReceiveTask_WaitForGuestBook").hasNotPassed("ReceiveTask_WaitForCall");
        Assertions.assertThat(engine.getManagementService().createJobQuery().timers().count()).isZero();
    }

    @Test
    void zeroRupiah_skipsPaymentAndReceipt() {
        SaleRequest request = SaleRequest.microdata().zeroRupiah();
        doubles.deskRequestIs(request);
        WalkIn visit = WalkIn.greeted(engine, request).recordGuest().recordRequest().checkDocuments("COMPLETE")
                .prepareOffer().reviewOffer(true, null);

        assertThat(visit.called("AgreementProcess")).isWaitingAt("UserTask_VerifyAgreement");
        visit.recordSignedAgreement();
        assertThat(visit.instance()).isWaitingAt("UserTask_HandOverProduct").hasNotPassed("CallActivity_DeskPayment",
                "ServiceTask_IssueDeskReceipt");
    }

    @Test
    void lowRatingOrComplaintAtTheKiosk_notifiesTheSupervisor() {
        SaleRequest request = SaleRequest.publication().zeroRupiah();
        doubles.deskRequestIs(request);
        WalkIn visit = WalkIn.greeted(engine, request).recordGuest().recordRequest().checkDocuments("COMPLETE")
                .prepareOffer().reviewOffer(true, null).handOver().checkHandOver(true);

        visit.rateAtKiosk(4, true);

        assertThat(visit.instance()).hasPassed("SendTask_NotifySupervisorDeskRating", "EndEvent_VisitDone").isEnded();
        Assertions.assertThat(doubles.notices()).containsExactly("LOW_RATING");
    }

    @Test
    void visitorLeavesWithoutRating_endsAfterHalfAnHour() {
        SaleRequest request = SaleRequest.publication().zeroRupiah();
        doubles.deskRequestIs(request);
        WalkIn visit = WalkIn.greeted(engine, request).recordGuest().recordRequest().checkDocuments("COMPLETE")
                .prepareOffer().reviewOffer(true, null).handOver().checkHandOver(true);

        visit.after(Duration.ofMinutes(30));

        assertThat(visit.instance()).hasPassed("EndEvent_DoneWithoutRating").isEnded();
        Assertions.assertThat(doubles.calls("closeDeskRequestDelegate")).isEqualTo(1);
    }
}
