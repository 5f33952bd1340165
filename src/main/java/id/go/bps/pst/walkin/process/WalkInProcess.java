package id.go.bps.pst.walkin.process;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import id.go.bps.pst.walkin.VisitTask;

/**
 * The walk-in module's door to the engine: starts a visit's process and sends it what happens at the desk. The
 * business key is the visit code; the payment and SPPD processes it calls carry the request number instead, as in
 * the online sale, so the billing gateway's notification finds them the same way.
 */
@Component
public class WalkInProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;

    WalkInProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** The open user tasks of a visit's process and of its request's processes (payment, SPPD), oldest first. */
    public List<VisitTask> openTasks(String visitCode, String requestNumber) {
        String[] keys = Stream.of(visitCode, requestNumber).filter(k -> k != null).toArray(String[]::new);
        return tasks.createTaskQuery().processInstanceBusinessKeyIn(keys).orderByTaskCreateTime().asc().list()
                .stream().map(t -> new VisitTask(t.getId(), t.getName(), t.getTaskDefinitionKey())).toList();
    }

    public void start(String visitCode, Map<String, Object> variables) {
        runtime.startProcessInstanceByKey(WalkInProcessIds.PROCESS, visitCode, variables);
    }

    public boolean waitsFor(String visitCode, String message) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(visitCode)
                .messageEventSubscriptionName(message).count() > 0;
    }

    /** Sends a message; false when the visit's process does not wait for it now (looked up first, see SaleProcess). */
    public boolean send(String visitCode, String message, Map<String, Object> variables) {
        if (!waitsFor(visitCode, message)) {
            return false;
        }
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(visitCode).setVariables(variables)
                .correlateWithResult();
        return true;
    }
}
