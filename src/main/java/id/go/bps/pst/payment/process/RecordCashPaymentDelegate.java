package id.go.bps.pst.payment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.payment.Payments;

/** Serves {@code ServiceTask_RecordCashPayment}: records the cash the treasurer received in {@code UserTask_ReceiveCash}. */
@Component
class RecordCashPaymentDelegate implements JavaDelegate {

    private final Payments payments;

    RecordCashPaymentDelegate(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestNumber = (String) execution.getVariable(PaymentVariables.REQUEST_NUMBER);
        long amount = ((Number) execution.getVariable(PaymentVariables.CASH_RECEIVED)).longValue();
        payments.recordCashPayment(requestNumber, amount,
                (String) execution.getVariable(PaymentVariables.CASH_RECEIVED_BY));
    }
}
