package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.request.RequestStatus;
import id.go.bps.pst.request.SaleRequests;

/** Serves {@code ServiceTask_CloseRequest}: the transaction is done ("selesai"), by the customer or by the window. */
@Component
class CloseRequestDelegate implements JavaDelegate {

    private final SaleRequests requests;

    CloseRequestDelegate(SaleRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.statusReached(execution.getProcessBusinessKey(), RequestStatus.DONE);
    }
}
