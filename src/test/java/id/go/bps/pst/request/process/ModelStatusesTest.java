package id.go.bps.pst.request.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;

import id.go.bps.pst.request.CancelCause;
import id.go.bps.pst.request.RequestStatus;

/** Every status and cancel cause the models name is one the request module knows, so no step fails at run time. */
class ModelStatusesTest {

    @Test
    void everyStatusPropertyInTheModels_isARequestStatus() throws IOException {
        Set<String> known = Arrays.stream(RequestStatus.values()).map(Enum::name).collect(Collectors.toSet());
        List<String> named = models().flatMap(model -> model.getModelElementsByType(FlowElement.class).stream())
                .map(RequestStatusListener::statusOf).filter(s -> s != null).distinct().toList();

        assertThat(named).isNotEmpty();
        assertThat(known).containsAll(named);
    }

    @Test
    void everyCancelReasonInTheModels_isACancelCause() throws IOException {
        Set<String> known = Arrays.stream(CancelCause.values()).map(Enum::name).collect(Collectors.toSet());
        String xml = String.join("", Files.readAllLines(Path.of("processes/online-sale.bpmn")));
        List<String> named = java.util.regex.Pattern.compile("name=\"cancelReason\">([A-Z_]+)<").matcher(xml)
                .results().map(m -> m.group(1)).distinct().toList();

        assertThat(named).isNotEmpty();
        assertThat(known).containsAll(named);
    }

    private static Stream<org.camunda.bpm.model.bpmn.BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).toList().stream()
                    .map(p -> Bpmn.readModelFromFile(p.toFile()));
        }
    }
}
