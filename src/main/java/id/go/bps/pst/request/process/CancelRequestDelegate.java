package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.request.SaleRequests;

/** Serves {@code ServiceTask_CancelRequest}: the request ends cancelled, with the officer's reason if one was given. */
@Component
class CancelRequestDelegate implements JavaDelegate {

    private final SaleRequests requests;

    CancelRequestDelegate(SaleRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable("decisionReason");
        requests.cancel(execution.getProcessBusinessKey(), reason == null ? null : reason.toString());
    }
}
