package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Serves the {@code complete} listener of {@code UserTask_VerifyTransfer}: records which treasurer decided
 * ({@code transferVerifiedBy}, a staff id, not personal data of the customer) for the payment record and receipt.
 */
@Component
class TransferVerifierListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
                ? task.getAssignee()
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        task.setVariable("transferVerifiedBy", user);
    }
}
