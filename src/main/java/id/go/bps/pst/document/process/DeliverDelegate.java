package id.go.bps.pst.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import id.go.bps.pst.document.Documents;

/** Serves {@code ServiceTask_Deliver}: grants the customer the product files and receipt, with a limit and expiry. */
@Component
class DeliverDelegate implements JavaDelegate {

    private final Documents documents;

    DeliverDelegate(Documents documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.grantDelivery(Variables.requestNumber(execution), deliveredBy(execution));
    }

    /** The officer who completed the delivery task when the engine runs in their call; a job runs as the process. */
    private static String deliveredBy(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : "process";
    }
}
