package id.go.bps.pst.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import id.go.bps.pst.platform.ModelConstants;

/** The house conventions for the models in processes/ and forms/ (../shared/style.md, "Process code"). */
class ModelConventionsTest {

    private static final String BASE = "id.go.bps.pst";

    @Test
    void modelsInProcesses_followTheConventions() throws Exception {
        Set<String> beans = beanNames();
        ModelConventions conventions = new ModelConventions(Path.of("processes"), Path.of("forms"), beans::contains)
                .check();

        assertThat(conventions.violations()).isEmpty();
    }

    @Test
    void modelConstants_pointToIdsTheModelsHave() throws Exception {
        Set<String> ids = new ModelConventions(Path.of("processes"), Path.of("forms"), b -> true).check().ids();
        List<String> dangling = new ArrayList<>();
        for (Class<?> constants : annotated(ModelConstants.class)) {
            for (Field field : constants.getDeclaredFields()) {
                int m = field.getModifiers();
                if (Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class) {
                    field.setAccessible(true);
                    String id = (String) field.get(null);
                    if (!ids.contains(id)) {
                        dangling.add(constants.getSimpleName() + "." + field.getName() + " = " + id);
                    }
                }
            }
        }

        assertThat(dangling).isEmpty();
    }

    @Test
    void badModels_areCaught() throws Exception {
        Path bad = Path.of("src/test/resources/conventions/bad");
        List<String> violations = new ModelConventions(bad.resolve("processes"), bad.resolve("forms"),
                "existingBeanDelegate"::equals).check().violations();

        assertThat(violations).anySatisfy(v -> assertThat(v).contains("has no camunda:historyTimeToLive"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("has no camunda:versionTag"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("id 'Activity_1w131lg'"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("no bean 'missingDelegate'"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("names a missing form"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("decision 'Decision_NoTtl' has no"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("process id 'bad_process'"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("'ServiceTask_Missing' has no shape"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("has no edge in the diagram"));
        assertThat(violations).noneSatisfy(v -> assertThat(v).contains("existingBeanDelegate"));
    }

    private static Set<String> beanNames() {
        return annotated(org.springframework.stereotype.Component.class).stream()
                .map(type -> {
                    var component = org.springframework.core.annotation.AnnotatedElementUtils
                            .findMergedAnnotation(type, org.springframework.stereotype.Component.class);
                    String explicit = component == null ? "" : component.value();
                    return explicit.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : explicit;
                })
                .collect(Collectors.toSet());
    }

    private static List<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(BASE)) {
            try {
                types.add(Class.forName(definition.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return types;
    }
}
