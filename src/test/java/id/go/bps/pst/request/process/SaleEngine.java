package id.go.bps.pst.request.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * A process engine of its own for one test class, without Spring or camunda.cfg.xml: in-memory H2 under the class's
 * name, full history, no job executor (tests run jobs themselves), beans from {@code Mocks}, and the application's
 * engine settings that change behaviour (unhandled BPMN errors throw, history time to live is enforced). The real
 * models and forms are deployed once per class; what a test leaves running is deleted after it, so every instance
 * and job in the engine belongs to the test that runs.
 */
final class SaleEngine {

    /** Monday 2 March 2026, 09:00 WIB: every test starts here. */
    static final Date MONDAY_MORNING = Date.from(Instant.parse("2026-03-02T02:00:00Z"));

    private SaleEngine() {
    }

    static void beforeEach(ProcessEngine engine, SaleDoubles doubles) {
        ClockUtil.setCurrentTime(MONDAY_MORNING);
        doubles.register();
        BpmnAwareTests.init(engine);
    }

    static void afterEach(ProcessEngine engine) {
        List<String> running = engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list()
                .stream().map(ProcessInstance::getId).toList();
        engine.getRuntimeService().deleteProcessInstances(running, "test finished", true, true);
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    static ProcessEngine build(Class<?> testClass) {
        String name = "pst-" + testClass.getSimpleName();
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
        configuration.setEnforceHistoryTimeToLive(true);
        return configuration.buildProcessEngine();
    }

    /** The real files, as the application deploys them: every model in processes/ and every form in forms/. */
    static Deployment deployModelsAndForms(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("pst-sales-test");
        for (Path file : files(Path.of("processes"), ".bpmn", ".dmn")) {
            deployment.addInputStream(file.getFileName().toString(), read(file));
        }
        for (Path file : files(Path.of("forms"), ".form")) {
            deployment.addInputStream(file.getFileName().toString(), read(file));
        }
        return deployment.deploy();
    }

    static List<Path> files(Path folder, String... endings) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> Stream.of(endings).anyMatch(file.toString()::endsWith)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.InputStream read(Path file) {
        try {
            return new java.io.ByteArrayInputStream(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
