package id.go.bps.pst.benchmark;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine work both drivers do the same way: officer task completion, and the due jobs of one sale (main and
 * called instances, found by business key) run in the client's thread until none is left, as {@code OnlineSaleIT}
 * does. The job executor is off in both runs: a sale's jobs are part of its time, with no acquisition wait.
 */
final class SaleJobs {

    private static final int MAX_ROUNDS = 50;

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    SaleJobs(RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    void complete(String businessKey, String taskKey, java.util.Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException(businessKey + " has no open " + taskKey);
        }
        tasks.complete(task.getId(), variables);
        runDue(businessKey);
    }

    void runDue(String businessKey) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .list().stream().map(ProcessInstance::getId).toList();
            List<Job> due = instances.stream().flatMap(id -> management.createJobQuery().processInstanceId(id)
                    .executable().list().stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep coming for " + businessKey);
    }

    boolean running(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0;
    }
}
