package id.go.bps.pst.walkin.process;

import id.go.bps.pst.platform.ModelConstants;

/** Ids in {@code processes/walk-in.bpmn} that code refers to (docs/procedures.md, seeds 001 walk-in and 003). */
@ModelConstants
public final class WalkInProcessIds {

    public static final String PROCESS = "WalkInProcess";

    /** Messages the desk API and the kiosk send to a visit's process (business key: the visit code). */
    public static final String MSG_VISITOR_CALLED = "Msg_VisitorCalled";
    public static final String MSG_GUEST_RECORDED = "Msg_GuestRecorded";
    public static final String MSG_REQUEST_RECORDED = "Msg_RequestRecorded";
    public static final String MSG_VISIT_RATED = "Msg_VisitRated";

    public static final String RECEIVE_TASK_WAIT_FOR_CALL = "ReceiveTask_WaitForCall";
    public static final String USER_TASK_CHECK_DESK_DOCUMENTS = "UserTask_CheckDeskDocuments";
    public static final String USER_TASK_FOLLOW_UP_SERVICE_STANDARD = "UserTask_FollowUpServiceStandard";
    public static final String CALL_ACTIVITY_PAYMENT = "CallActivity_DeskPayment";
    public static final String CALL_ACTIVITY_AGREEMENT = "CallActivity_DeskAgreement";

    public static final String END_EVENT_VISIT_DONE = "EndEvent_VisitDone";
    public static final String END_EVENT_REDIRECTED_TO_CONSULTATION = "EndEvent_RedirectedToConsultation";

    private WalkInProcessIds() {
    }
}
