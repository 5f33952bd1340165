package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.request.CancelCause;
import id.go.bps.pst.request.SaleRequests;

/**
 * Serves every {@code ServiceTask_Cancel*}: the request ends cancelled for the task's cause (local
 * {@code cancelReason}) and, for an abstract mismatch, with the officer's reason.
 */
@Component
class CancelRequestDelegate implements JavaDelegate {

    private final SaleRequests requests;

    CancelRequestDelegate(SaleRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CancelCause cause = CancelCause.valueOf((String) execution.getVariableLocal("cancelReason"));
        Object text = cause == CancelCause.ABSTRACT_MISMATCH ? execution.getVariable("decisionReason") : null;
        requests.cancel(execution.getProcessBusinessKey(), cause, text == null ? null : text.toString());
    }
}
