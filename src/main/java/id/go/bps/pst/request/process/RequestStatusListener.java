package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import id.go.bps.pst.request.RequestStatus;
import id.go.bps.pst.request.SaleRequests;

/**
 * Serves the {@code start} listeners of the online sale's elements that change what the customer sees: the new
 * status is the element's {@code camunda:property} named {@code status}, so the model says where each status begins.
 * The same status moves the request's SLA clock ({@link SlaClockSteps}), at the engine's time.
 */
@Component
class RequestStatusListener implements ExecutionListener {

    static final String PROPERTY = "status";

    private final SaleRequests requests;
    private final SlaClockSteps sla;

    RequestStatusListener(SaleRequests requests, SlaClockSteps sla) {
        this.requests = requests;
        this.sla = sla;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String status = statusOf(execution.getBpmnModelElementInstance());
        if (status == null) {
            throw new IllegalStateException("Element " + execution.getCurrentActivityId()
                    + " calls the status listener but has no camunda:property '" + PROPERTY + "'");
        }
        RequestStatus reached = RequestStatus.valueOf(status);
        requests.statusReached(execution.getProcessBusinessKey(), reached);
        sla.statusReached(execution.getProcessBusinessKey(), (String) execution.getVariable("officeCode"), reached,
                ClockUtil.getCurrentTime().toInstant());
    }

    static String statusOf(FlowElement element) {
        if (element == null || element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                .stream().flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> PROPERTY.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }
}
