package id.go.bps.pst.payment.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Serves the {@code complete} listener of {@code UserTask_ReceiveCash}: the treasurer records exactly the invoice's
 * amount (PNBP is paid as invoiced; change is not a payment), and which treasurer received it ({@code cashReceivedBy},
 * a staff id). A refusal is a {@code BadUserRequestException}: Tasklist shows its text, the REST API answers 400.
 */
@Component
class CashReceivedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object received = task.getVariable(PaymentVariables.CASH_RECEIVED);
        long due = ((Number) task.getVariable(PaymentVariables.TOTAL_AMOUNT)).longValue();
        if (!(received instanceof Number amount) || amount.longValue() != due) {
            throw new BadUserRequestException("Jumlah yang diterima harus sama dengan tagihan Rp" + due
                    + ". / The amount received must equal the invoice, Rp" + due + ".");
        }
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        task.setVariable(PaymentVariables.CASH_RECEIVED_BY,
                authentication == null ? task.getAssignee() : authentication.getUserId());
    }
}
