package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.go.bps.pst.sla.SlaClocks;

/** Serves {@code ServiceTask_RecordSlaBreach}: the request is breached for good and counted. */
@Component
class RecordSlaBreachDelegate implements JavaDelegate {

    private final SlaClocks clocks;

    RecordSlaBreachDelegate(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the gateway after this task escalates only when the clock confirms it (a timer may be stale after a crash)
        execution.setVariableLocal(SlaTimers.ESCALATION_DUE,
                clocks.recordBreach(execution.getProcessBusinessKey(), ClockUtil.getCurrentTime().toInstant()));
    }
}
