package id.go.bps.pst.request.process;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import id.go.bps.pst.sla.SlaClockChanged;
import id.go.bps.pst.sla.SlaClocks;
import id.go.bps.pst.sla.SlaDueDates;

/**
 * The SLA escalation timers of the online sale ({@code StartEvent_SlaWarning}, {@code StartEvent_SlaBreached}) and
 * the due dates of the request's tasks follow the clock (issue 5). The timers are created when the sale starts,
 * before the clock does, so their expressions answer "never" until a clock runs; after every change of the clock
 * (start, pause, resume, stop, escalation, holidays) the jobs and the open tasks are moved to its dates. A paused or
 * stopped clock has no warning or breach date: its timers are set to {@link #NEVER}, so it never escalates.
 */
@Component
public class SlaTimers {

    /** A due date no timer reaches: a job's due date cannot be empty (that means "now"). */
    static final Date NEVER = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

    private final SlaClocks clocks;
    private final ProcessEngineServices engine;

    SlaTimers(SlaClocks clocks, org.camunda.bpm.engine.ProcessEngine engine) {
        this.clocks = clocks;
        this.engine = engine;
    }

    /** {@code StartEvent_SlaWarning}'s timeDate. */
    public Date warningDue(DelegateExecution execution) {
        return clocks.dueDates(execution.getProcessBusinessKey()).map(SlaDueDates::warningAt).map(Date::from)
                .orElse(NEVER);
    }

    /** {@code StartEvent_SlaBreached}'s timeDate. */
    public Date breachDue(DelegateExecution execution) {
        return clocks.dueDates(execution.getProcessBusinessKey()).map(SlaDueDates::breachAt).map(Date::from)
                .orElse(NEVER);
    }

    /**
     * After the clock's transaction commits (never inside an engine command that may hold the same jobs and tasks),
     * in a transaction of its own, with the clock's dates as they are now.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clockChanged(SlaClockChanged event) {
        clocks.dueDates(event.dates().requestNumber()).ifPresent(dates -> move(engine, dates));
    }

    /** Moves the sale's escalation timers and its open tasks' due dates to {@code dates}. */
    static void move(ProcessEngineServices engine, SlaDueDates dates) {
        ProcessInstance sale = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(OnlineSaleProcessIds.PROCESS)
                .processInstanceBusinessKey(dates.requestNumber()).singleResult();
        if (sale == null) {
            return;
        }
        moveTimer(engine, sale.getId(), OnlineSaleProcessIds.START_EVENT_SLA_WARNING, dates.warningAt());
        moveTimer(engine, sale.getId(), OnlineSaleProcessIds.START_EVENT_SLA_BREACHED, dates.breachAt());
        Date due = dates.dueAt() == null ? null : Date.from(dates.dueAt());
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(dates.requestNumber())
                .list()) {
            if (!OnlineSaleProcessIds.USER_TASK_HANDLE_SLA_BREACH.equals(task.getTaskDefinitionKey())
                    && !Objects.equals(task.getDueDate(), due)) {
                task.setDueDate(due);
                engine.getTaskService().saveTask(task);
            }
        }
    }

    private static void moveTimer(ProcessEngineServices engine, String instanceId, String activityId, Instant at) {
        Date target = at == null ? NEVER : Date.from(at);
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId)
                .activityId(activityId).timers().list()) {
            if (!target.equals(job.getDuedate())) {
                engine.getManagementService().setJobDuedate(job.getId(), target);
            }
        }
    }
}
