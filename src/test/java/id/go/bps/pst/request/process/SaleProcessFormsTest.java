package id.go.bps.pst.request.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The three sale models deployed together with the forms, as the application deploys them: the engine resolves
 * every user task's {@code camunda:formRef} to a deployed Camunda Form (ModelConventionsTest only checks that the
 * file exists), and every form shows the request and links to its back-office page.
 */
class SaleProcessFormsTest extends SaleProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> VISIT_FORMS = List.of("check-desk-documents", "follow-up-service-standard");

    @Test
    void everyUserTask_opensItsDeployedForm_forTheOfficeGroup() throws IOException {
        Map<String, String> formByTask = new HashMap<>();
        List<String> candidateGroups = new ArrayList<>();
        for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().list()) {
            for (UserTask userTask : engine.getRepositoryService().getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(UserTask.class)) {
                Task task = openTaskAt(definition, userTask.getId());
                try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
                    formByTask.put(userTask.getId(), JSON.readTree(form).path("id").asText());
                }
                engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                        .map(IdentityLink::getGroupId).forEach(candidateGroups::add);
            }
        }

        assertThat(formByTask).containsOnly(
                Map.entry("UserTask_CheckDocuments", "check-documents"),
                Map.entry("UserTask_PrepareOffer", "prepare-offer"),
                Map.entry("UserTask_DeliverProduct", "deliver-product"),
                Map.entry("UserTask_HandleRevision", "handle-revision"),
                Map.entry("UserTask_VerifyTransfer", "verify-transfer"),
                Map.entry("UserTask_VerifyAgreement", "verify-agreement"),
                Map.entry("UserTask_HandleSlaBreach", "handle-sla-breach"),
                Map.entry("UserTask_ReceiveCash", "receive-cash"),
                Map.entry("UserTask_FollowUpServiceStandard", "follow-up-service-standard"),
                Map.entry("UserTask_CheckDeskDocuments", "check-desk-documents"),
                Map.entry("UserTask_PrepareDeskOffer", "prepare-offer"),
                Map.entry("UserTask_ReviewOfferAtDesk", "review-desk-offer"),
                Map.entry("UserTask_HandOverProduct", "hand-over-product"),
                Map.entry("UserTask_CheckHandOver", "check-hand-over"));
        assertThat(candidateGroups).containsOnly("officer3300", "treasurer3300", "supervisor3300");
        assertThat(formFiles()).containsExactlyInAnyOrderElementsOf(formByTask.values().stream().distinct().toList());
    }

    @Test
    void everyForm_showsTheRequestReadOnlyAndLinksToTheBackOffice() throws IOException {
        for (String formId : formFiles().stream().filter(f -> !VISIT_FORMS.contains(f)).toList()) {
            JsonNode form = JSON.readTree(Path.of("forms", formId + ".form").toFile());
            List<JsonNode> components = new ArrayList<>();
            form.path("components").forEach(components::add);

            assertThat(form.path("schemaVersion").asInt()).as(formId).isEqualTo(16);
            assertThat(form.path("executionPlatformVersion").asText()).as(formId).isEqualTo("7.24.0");
            assertThat(components).as("%s shows the request number and office without submitting them", formId)
                    .filteredOn(c -> List.of("requestNumber", "officeCode").contains(c.path("key").asText()))
                    .hasSize(2).allMatch(c -> c.path("disabled").asBoolean());
            assertThat(components).as("%s links to the back-office page", formId)
                    .anyMatch(c -> c.path("text").asText().contains("(/backoffice/requests/{{requestNumber}})"));
            assertThat(components).as("%s asks for a decision", formId)
                    .anyMatch(c -> !c.path("disabled").asBoolean() && c.path("validate").path("required").asBoolean());
        }
    }

    /** Walk-in tasks before the visit's request exists: they show the visit (queue number, office) instead. */
    @Test
    void visitForms_showTheVisitReadOnly() throws IOException {
        for (String formId : VISIT_FORMS) {
            JsonNode form = JSON.readTree(Path.of("forms", formId + ".form").toFile());
            List<JsonNode> components = new ArrayList<>();
            form.path("components").forEach(components::add);

            assertThat(components).as(formId)
                    .filteredOn(c -> List.of("visitId", "queueNumber", "officeCode").contains(c.path("key").asText()))
                    .hasSize(3).allMatch(c -> c.path("disabled").asBoolean());
            assertThat(components).as("%s asks for a decision", formId)
                    .anyMatch(c -> !c.path("disabled").asBoolean() && c.path("validate").path("required").asBoolean());
        }
    }

    /** Puts a token right before the user task, with the variables a sale has there. */
    private Task openTaskAt(ProcessDefinition definition, String userTaskId) {
        SaleRequest request = SaleRequest.microdata();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceById(definition.getId())
                .businessKey(request.requestNumber())
                .setVariables(request.variables())
                .setVariable("invoiceValidUntil", SaleDeadlinesStub.fromNow(SaleDoubles.INVOICE_VALIDITY))
                .startBeforeActivity(userTaskId)
                .execute();
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static List<String> formFiles() {
        return SaleEngine.files(Path.of("forms"), ".form").stream()
                .map(file -> file.getFileName().toString().replace(".form", "")).toList();
    }
}
