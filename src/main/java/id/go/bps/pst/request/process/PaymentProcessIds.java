package id.go.bps.pst.request.process;

import id.go.bps.pst.platform.ModelConstants;

/** Ids in {@code processes/payment.bpmn} that code refers to (docs/online-sale.md). */
@ModelConstants
public final class PaymentProcessIds {

    public static final String PROCESS = "PaymentProcess";

    public static final String USER_TASK_VERIFY_TRANSFER = "UserTask_VerifyTransfer";

    /** The billing gateway's payment notification (NTPN), correlated by the request number. */
    public static final String MSG_PAYMENT_RECEIVED = "Msg_PaymentReceived";
    public static final String MSG_TRANSFER_PROOF_UPLOADED = "Msg_TransferProofUploaded";

    public static final String END_EVENT_PAID = "EndEvent_Paid";
    public static final String END_EVENT_TRANSFER_PAID = "EndEvent_TransferPaid";

    private PaymentProcessIds() {
    }
}
