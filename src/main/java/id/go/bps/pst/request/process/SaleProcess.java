package id.go.bps.pst.request.process;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import id.go.bps.pst.request.CustomerAction;
import id.go.bps.pst.request.TimelineEntry;

/**
 * The request module's door to the engine: starts the online sale, sends customer actions as messages, and reads
 * back what the customer may do now and what has happened (from history, so nothing is recorded twice). All
 * instances of a sale (main and called) share the request number as business key.
 */
@Component
public class SaleProcess {

    /** Steps a customer reads in the timeline; gateways, flows and sub-process shells are not steps for them. */
    private static final Set<String> SHOWN = Set.of("startEvent", "userTask", "serviceTask", "sendTask",
            "receiveTask", "intermediateMessageCatch", "intermediateTimer", "noneEndEvent", "errorEndEvent",
            "messageEndEvent", "terminateEndEvent", "boundaryTimer", "boundaryError");

    private final RuntimeService runtime;
    private final HistoryService history;

    SaleProcess(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    public void start(String requestNumber, Map<String, Object> variables) {
        runtime.startProcessInstanceByKey(OnlineSaleProcessIds.PROCESS, requestNumber, variables);
    }

    /** Sends the action's message; false when no instance of the request waits for it now. */
    public boolean send(String requestNumber, CustomerAction action, Map<String, Object> variables) {
        return send(requestNumber, action.message(), variables);
    }

    /**
     * Sends a message (also from outside the customer's hands: the billing gateway); false when nobody waits for it.
     * The wait is looked up first: a failed correlation inside the caller's transaction would mark it rollback-only.
     */
    public boolean send(String requestNumber, String message, Map<String, Object> variables) {
        boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(requestNumber)
                .messageEventSubscriptionName(message).count() > 0;
        if (!waiting) {
            return false;
        }
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(requestNumber)
                .setVariables(variables).correlateWithResult();
        return true;
    }

    public List<CustomerAction> availableActions(String requestNumber) {
        List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(requestNumber)
                .list().stream().map(ProcessInstance::getId).toList();
        return instances.stream()
                .flatMap(id -> runtime.createEventSubscriptionQuery().processInstanceId(id).eventType("message")
                        .list().stream())
                .map(EventSubscription::getEventName)
                .distinct()
                .flatMap(name -> CustomerAction.ofMessage(name).stream())
                .distinct()
                .toList();
    }

    public List<TimelineEntry> timeline(String requestNumber) {
        List<String> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(requestNumber).list().stream().map(HistoricProcessInstance::getId)
                .toList();
        return instances.stream()
                .flatMap(id -> history.createHistoricActivityInstanceQuery().processInstanceId(id)
                        .orderPartiallyByOccurrence().asc().list().stream())
                .filter(a -> SHOWN.contains(a.getActivityType()))
                // stable: steps of one instance that started in the same millisecond keep their order
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(a -> new TimelineEntry(a.getActivityId(), a.getActivityName(), instant(a.getStartTime()),
                        instant(a.getEndTime())))
                .toList();
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
