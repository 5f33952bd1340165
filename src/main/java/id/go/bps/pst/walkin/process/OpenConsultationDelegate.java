package id.go.bps.pst.walkin.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.walkin.Desk;

/** Serves {@code ServiceTask_OpenConsultation}: the visit goes to consultation with the officer's reason. */
@Component
class OpenConsultationDelegate implements JavaDelegate {

    private final Desk desk;

    OpenConsultationDelegate(Desk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = desk.openConsultation(VisitVariables.visitId(execution), (String) execution.getVariable("decisionReason"));
        execution.setVariable("consultationId", id);
    }
}
