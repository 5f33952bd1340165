package id.go.bps.pst.walkin.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.walkin.Desk;

/** Serves {@code ServiceTask_CheckServiceStandard}: sets {@code standardMissed} (recorded on the visit when true). */
@Component
class CheckServiceStandardDelegate implements JavaDelegate {

    private final Desk desk;

    CheckServiceStandardDelegate(Desk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("standardMissed", desk.serviceStandardMissed(VisitVariables.visitId(execution)));
    }
}
