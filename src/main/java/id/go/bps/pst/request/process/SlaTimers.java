package id.go.bps.pst.request.process;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

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

    /**
     * Local variable of an escalation subprocess: true when the clock confirmed the warning or breach its timer
     * announced ({@code Gateway_SlaWarningDue}, {@code Gateway_SlaBreachDue}).
     */
    static final String ESCALATION_DUE = "slaEscalationDue";

    /** A due date no timer reaches: a job's due date cannot be empty (that means "now"). */
    static final Date NEVER = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

    private static final Logger log = LoggerFactory.getLogger(SlaTimers.class);
    private static final Map<String, String> ACTIVITY_OF_JOB_DEFINITION = new ConcurrentHashMap<>();

    private final SlaClocks clocks;
    private final ProcessEngineServices engine;
    private final TransactionTemplate ownTransaction;

    SlaTimers(SlaClocks clocks, org.camunda.bpm.engine.ProcessEngine engine, PlatformTransactionManager transactions) {
        this.clocks = clocks;
        this.engine = engine;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
     * in a transaction of its own, with the dates the change computed. A failure here must not reach the caller,
     * whose work is already committed (a job would be retried for nothing): it is logged, and the next change of the
     * clock moves the timers again.
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void clockChanged(SlaClockChanged event) {
        SlaDueDates dates = event.dates();
        String requestNumber = dates.requestNumber();
        try {
            // The dates as the committed change computed them: reading the clock again cost a tenth of a sale. A move
            // overtaken by an older one (two commits for one request within milliseconds) is put right by the
            // reconciler within the hour, and a timer that fires early escalates nothing (the clock confirms).
            ownTransaction.executeWithoutResult(status -> move(engine, dates));
        } catch (RuntimeException e) {
            log.error("SLA timers and task due dates of {} not moved; they follow at the next clock change",
                    requestNumber, e);
        }
    }

    /** Moves the sale's escalation timers and its open tasks' due dates to {@code dates}. */
    static void move(ProcessEngineServices engine, SlaDueDates dates) {
        ProcessInstance sale = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(OnlineSaleProcessIds.PROCESS)
                .processInstanceBusinessKey(dates.requestNumber()).singleResult();
        if (sale == null) {
            return;
        }
        // one query for the sale's timers, both escalation timers moved from it
        for (Job timer : engine.getManagementService().createJobQuery().processInstanceId(sale.getId()).timers()
                .list()) {
            String activity = activityOf(engine, timer);
            if (OnlineSaleProcessIds.START_EVENT_SLA_WARNING.equals(activity)) {
                moveTimer(engine, timer, dates.warningAt());
            } else if (OnlineSaleProcessIds.START_EVENT_SLA_BREACHED.equals(activity)) {
                moveTimer(engine, timer, dates.breachAt());
            }
        }
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

    /** The timer's activity, by its job definition (fixed for a deployed model, so asked once per definition). */
    private static String activityOf(ProcessEngineServices engine, Job timer) {
        if (timer.getJobDefinitionId() == null) {
            return null;
        }
        return ACTIVITY_OF_JOB_DEFINITION.computeIfAbsent(timer.getJobDefinitionId(), id -> {
            JobDefinition definition = engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(id)
                    .singleResult();
            return definition == null ? "" : definition.getActivityId();
        });
    }

    private static void moveTimer(ProcessEngineServices engine, Job job, Instant at) {
        Date target = at == null ? NEVER : Date.from(at);
        if (!target.equals(job.getDuedate())) {
            engine.getManagementService().setJobDuedate(job.getId(), target);
        }
    }
}
