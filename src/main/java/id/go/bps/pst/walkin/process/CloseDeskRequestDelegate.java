package id.go.bps.pst.walkin.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.walkin.Desk;

/** Serves {@code ServiceTask_CloseDeskRequest}: the visit's request, found by the visit (the business key here is the visit code). */
@Component
class CloseDeskRequestDelegate implements JavaDelegate {

    private final Desk desk;

    CloseDeskRequestDelegate(Desk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.closeRequest(VisitVariables.visitId(execution));
    }
}
