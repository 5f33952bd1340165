package id.go.bps.pst.walkin.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import id.go.bps.pst.walkin.Desk;

/** Serves the {@code start} listener of walk-in.bpmn's end events: the visitor has left the desk. */
@Component
class VisitEndedListener implements ExecutionListener {

    private final Desk desk;

    VisitEndedListener(Desk desk) {
        this.desk = desk;
    }

    @Override
    public void notify(DelegateExecution execution) {
        desk.visitEnded(VisitVariables.visitId(execution));
    }
}
