package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.go.bps.pst.sla.SlaClocks;

/** Serves {@code ServiceTask_RecordSlaWarning}: the warning is counted on the request's clock. */
@Component
class RecordSlaWarningDelegate implements JavaDelegate {

    private final SlaClocks clocks;

    RecordSlaWarningDelegate(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the gateway after this task escalates only when the clock confirms it (a timer may be stale after a crash)
        execution.setVariableLocal(SlaTimers.ESCALATION_DUE,
                clocks.recordWarning(execution.getProcessBusinessKey(), ClockUtil.getCurrentTime().toInstant()));
    }
}
