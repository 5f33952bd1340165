package id.go.bps.pst.request.process;

import id.go.bps.pst.platform.ModelConstants;

/** Ids in {@code processes/online-sale.bpmn} that code refers to (docs/online-sale.md). */
@ModelConstants
public final class OnlineSaleProcessIds {

    public static final String PROCESS = "OnlineSaleProcess";

    public static final String USER_TASK_CHECK_DOCUMENTS = "UserTask_CheckDocuments";
    public static final String USER_TASK_PREPARE_OFFER = "UserTask_PrepareOffer";
    public static final String USER_TASK_DELIVER_PRODUCT = "UserTask_DeliverProduct";
    public static final String USER_TASK_HANDLE_REVISION = "UserTask_HandleRevision";

    /** Customer actions: the messages the request's instances are subscribed to are the actions available now. */
    public static final String MSG_DOCUMENT_SUPPLIED = "Msg_DocumentSupplied";
    public static final String MSG_OFFER_REVIEWED = "Msg_OfferReviewed";
    public static final String MSG_REVISION_REQUESTED = "Msg_RevisionRequested";
    public static final String MSG_DELIVERY_ACCEPTED = "Msg_DeliveryAccepted";
    public static final String MSG_RATED = "Msg_Rated";

    /** SLA escalation (issue 5): timers moved with the clock, and the supervisor's task at a breach. */
    public static final String START_EVENT_SLA_WARNING = "StartEvent_SlaWarning";
    public static final String START_EVENT_SLA_BREACHED = "StartEvent_SlaBreached";
    public static final String USER_TASK_HANDLE_SLA_BREACH = "UserTask_HandleSlaBreach";

    public static final String CALL_ACTIVITY_PAYMENT = "CallActivity_Payment";
    public static final String CALL_ACTIVITY_AGREEMENT = "CallActivity_Agreement";
    public static final String ERR_PAYMENT_NOT_MADE = "Err_PaymentNotMade";

    public static final String END_EVENT_RATED = "EndEvent_Rated";
    public static final String END_EVENT_CLOSED_WITHOUT_RATING = "EndEvent_ClosedWithoutRating";
    public static final String END_EVENT_CANCELLED_ABSTRACT_MISMATCH = "EndEvent_CancelledAbstractMismatch";
    public static final String END_EVENT_CANCELLED_DOCUMENT_OVERDUE = "EndEvent_CancelledDocumentOverdue";
    public static final String END_EVENT_CANCELLED_OFFER_EXPIRED = "EndEvent_CancelledOfferExpired";
    public static final String END_EVENT_CANCELLED_PAYMENT_NOT_MADE = "EndEvent_CancelledPaymentNotMade";

    private OnlineSaleProcessIds() {
    }
}
