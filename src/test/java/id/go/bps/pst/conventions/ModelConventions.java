package id.go.bps.pst.conventions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Reads every model in a folder and lists what breaks the house conventions (../shared/style.md): readable ids,
 * history time to live, version tags, delegate beans that exist, forms that exist. Returns the violations instead
 * of failing, so a test can prove it catches a bad model.
 */
final class ModelConventions {

    static final Pattern ELEMENT_ID = Pattern.compile(
            "^(StartEvent|EndEvent|UserTask|ServiceTask|SendTask|ReceiveTask|BusinessRuleTask|ScriptTask|ManualTask"
                    + "|CallActivity|SubProcess|Gateway|BoundaryEvent|IntermediateCatchEvent|IntermediateThrowEvent"
                    + "|Flow|Msg|Err|Signal|Escalation|Timer|Participant|Lane|LaneSet|Collaboration|TextAnnotation"
                    + "|Association|DataObject|DataObjectReference|DataStoreReference|Group|Category|CategoryValue"
                    + "|Link|Decision|Definitions)_[A-Z][A-Za-z0-9]*$");
    static final Pattern PROCESS_ID = Pattern.compile("^[A-Z][A-Za-z0-9]*Process$");
    static final Pattern DECISION_ID = Pattern.compile("^Decision_[A-Z][A-Za-z0-9]*$");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([a-zA-Z][A-Za-z0-9]*)}$");

    private final Path processes;
    private final Path forms;
    private final Predicate<String> beanExists;
    private final List<String> violations = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    ModelConventions(Path processes, Path forms, Predicate<String> beanExists) {
        this.processes = processes;
        this.forms = forms;
        this.beanExists = beanExists;
    }

    ModelConventions check() throws IOException {
        try (Stream<Path> files = Files.list(processes)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".bpmn")) {
                    checkBpmn(file);
                } else if (name.endsWith(".dmn")) {
                    checkDmn(file);
                }
            }
        }
        return this;
    }

    List<String> violations() {
        return violations;
    }

    /** Every id any model has (processes, decisions, elements, messages). */
    Set<String> ids() {
        return ids;
    }

    private void checkBpmn(Path file) throws IOException {
        BpmnModelInstance model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Bpmn.readModelFromStream(in);
        }
        String where = file.getFileName().toString();
        for (Process process : model.getModelElementsByType(Process.class)) {
            ids.add(process.getId());
            if (!PROCESS_ID.matcher(process.getId()).matches()) {
                violations.add(where + ": process id '" + process.getId() + "' should be like OnlineSaleProcess");
            }
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                violations.add(where + ": process '" + process.getId() + "' has no camunda:historyTimeToLive");
            }
            if (process.getCamundaVersionTag() == null) {
                violations.add(where + ": process '" + process.getId() + "' has no camunda:versionTag");
            }
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element instanceof Process || element.getId() == null) {
                continue;
            }
            ids.add(element.getId());
            if (!ELEMENT_ID.matcher(element.getId()).matches() && !element.getId().contains("_di")) {
                violations.add(where + ": id '" + element.getId() + "' should be like ServiceTask_IssueInvoice");
            }
            checkBean(where, element, "delegateExpression");
            checkBean(where, element, "expression");
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkForm(where, task);
        }
        checkDiagram(where, model);
    }

    /**
     * Camunda Modeler draws only what the diagram interchange (DI) holds: a node without a shape or a flow without an
     * edge is executed but invisible. Every flow node needs a shape with bounds, every sequence flow an edge with at
     * least two waypoints.
     */
    private void checkDiagram(String where, BpmnModelInstance model) {
        Set<String> shapes = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null && shape.getBounds() != null) {
                shapes.add(shape.getBpmnElement().getId());
            }
        }
        Set<String> edges = new HashSet<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() != null && edge.getWaypoints().size() >= 2) {
                edges.add(edge.getBpmnElement().getId());
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.contains(node.getId())) {
                violations.add(where + ": '" + node.getId() + "' has no shape in the diagram");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                violations.add(where + ": sequence flow '" + flow.getId() + "' has no edge in the diagram");
            }
        }
    }

    private void checkBean(String where, ModelElementInstance element, String attribute) {
        String value = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute);
        if (value == null) {
            return;
        }
        Matcher bean = BEAN_EXPRESSION.matcher(value);
        if ("delegateExpression".equals(attribute) && !bean.matches()) {
            violations.add(where + ": delegateExpression '" + value + "' should be ${beanName}");
        } else if (bean.matches() && !beanExists.test(bean.group(1))) {
            violations.add(where + ": no bean '" + bean.group(1) + "' for " + value);
        }
    }

    private void checkForm(String where, UserTask task) throws IOException {
        String formRef = task.getCamundaFormRef();
        if (formRef == null) {
            violations.add(where + ": user task '" + task.getId() + "' has no camunda:formRef");
            return;
        }
        if (!"deployment".equals(task.getCamundaFormRefBinding())) {
            violations.add(where + ": user task '" + task.getId() + "' should bind its form with 'deployment'");
        }
        Path form = forms.resolve(formRef + ".form");
        if (!Files.exists(form)) {
            violations.add(where + ": user task '" + task.getId() + "' names a missing form " + form);
        } else if (!Files.readString(form).contains("\"id\": \"" + formRef + "\"")
                && !Files.readString(form).contains("\"id\":\"" + formRef + "\"")) {
            violations.add(where + ": form " + form + " should have the id '" + formRef + "'");
        }
    }

    private void checkDmn(Path file) throws IOException {
        DmnModelInstance model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Dmn.readModelFromStream(in);
        }
        String where = file.getFileName().toString();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            ids.add(decision.getId());
            if (!DECISION_ID.matcher(decision.getId()).matches()) {
                violations.add(where + ": decision id '" + decision.getId() + "' should be like Decision_Name");
            }
            if (decision.getCamundaHistoryTimeToLiveString() == null) {
                violations.add(where + ": decision '" + decision.getId() + "' has no camunda:historyTimeToLive");
            }
        }
    }
}
