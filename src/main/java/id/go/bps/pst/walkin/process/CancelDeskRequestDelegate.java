package id.go.bps.pst.walkin.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.walkin.Desk;

/** Serves {@code ServiceTask_CancelDeskRequest}: the visit's request, found by the visit (the business key here is the visit code). */
@Component
class CancelDeskRequestDelegate implements JavaDelegate {

    private final Desk desk;

    CancelDeskRequestDelegate(Desk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.cancelRequest(VisitVariables.visitId(execution));
    }
}
