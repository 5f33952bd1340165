package id.go.bps.pst.request.process;

import id.go.bps.pst.platform.ModelConstants;

/** Ids in {@code processes/agreement.bpmn} (the SPPD) that code refers to (docs/online-sale.md). */
@ModelConstants
public final class AgreementProcessIds {

    public static final String PROCESS = "AgreementProcess";

    public static final String USER_TASK_VERIFY_AGREEMENT = "UserTask_VerifyAgreement";

    /** The customer uploaded the signed SPPD or declared the 2 paper copies posted. */
    public static final String MSG_AGREEMENT_SUBMITTED = "Msg_AgreementSubmitted";

    public static final String END_EVENT_AGREEMENT_ACCEPTED = "EndEvent_AgreementAccepted";

    private AgreementProcessIds() {
    }
}
