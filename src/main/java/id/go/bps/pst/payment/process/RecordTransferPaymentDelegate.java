package id.go.bps.pst.payment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.payment.Payments;

/**
 * Serves {@code ServiceTask_RecordTransferPayment}: records the transfer the treasurer accepted in
 * {@code UserTask_VerifyTransfer}, with the treasurer's user id from {@code transferVerifiedBy} (null if unset).
 */
@Component("recordTransferPaymentDelegate")
class RecordTransferPaymentDelegate implements JavaDelegate {

    private final Payments payments;

    RecordTransferPaymentDelegate(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestNumber = (String) execution.getVariable(PaymentVariables.REQUEST_NUMBER);
        long amount = ((Number) execution.getVariable(PaymentVariables.TOTAL_AMOUNT)).longValue();
        String verifiedBy = (String) execution.getVariable(PaymentVariables.TRANSFER_VERIFIED_BY);
        payments.recordTransferPayment(requestNumber, amount, verifiedBy);
    }
}
