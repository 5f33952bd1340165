package id.go.bps.pst.request.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.go.bps.pst.sla.ClockState;
import id.go.bps.pst.sla.SlaClocks;

/**
 * Serves the {@code create} listener of the staff tasks of a sale: the task is due when the request's SLA clock is
 * (issue 5), so Tasklist sorts by it. No running clock (documents not yet complete, waiting on the customer,
 * delivered): no due date. {@link SlaTimers} moves it when the clock moves.
 */
@Component
class SlaTaskDueListener implements TaskListener {

    private final SlaClocks clocks;

    SlaTaskDueListener(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateTask task) {
        clocks.dueDates(task.getExecution().getProcessBusinessKey())
                .filter(dates -> dates.state() != ClockState.STOPPED && dates.dueAt() != null)
                .ifPresent(dates -> task.setDueDate(Date.from(dates.dueAt())));
    }
}
