package id.go.bps.pst.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The same models on a bare engine with every bean a no-op ({@link NoOpBeans}), in a database of its own (a
 * second in-memory H2, or the second PostgreSQL database), with the application engine's settings and the same
 * kind of connection pool. Each sale takes the same engine steps as the application's: start, the same officer
 * tasks with the same variables, the same messages, and the due jobs after each step.
 */
final class EngineOnlySales implements SaleDriver {

    /** The deployment patterns of application.yml (camunda.bpm.deployment-resource-pattern). */
    private static final String[] RESOURCES = {"classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
            "classpath*:forms/**/*.form"};

    private final AtomicInteger sequence = new AtomicInteger();
    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final SaleJobs jobs;

    EngineOnlySales(BenchSettings settings, EngineSettings copied) {
        this.dataSource = dataSource(settings);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("benchmark-engine-only");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setExpressionManager(new MockExpressionManager());
        copied.applyTo(configuration);
        this.engine = configuration.buildProcessEngine();
        this.runtime = engine.getRuntimeService();
        this.jobs = new SaleJobs(runtime, engine.getManagementService(), engine.getTaskService());
        deploy();
    }

    @Override
    public String name() {
        return "engine-only";
    }

    @Override
    public void onClientThread() {
        NoOpBeans.register();
    }

    @Override
    public String play(StepTimes.Lap lap) {
        String key = "PST-9999-2026-%06d".formatted(sequence.incrementAndGet());
        lap.step("create");
        lap.step("upload documents");
        runtime.startProcessInstanceByKey("OnlineSaleProcess", key, Map.of("requestNumber", key,
                "officeCode", "3300", "needsAgreement", true, "zeroRupiah", false, "abroad", false,
                "totalAmount", 295_000L));
        jobs.runDue(key);
        lap.step("submit");
        jobs.complete(key, "UserTask_CheckDocuments", Map.of("documentCheck", "COMPLETE"));
        lap.step("check documents");
        jobs.complete(key, "UserTask_PrepareOffer", Map.of("offerDocumentsReady", true));
        lap.step("prepare offer");
        Map<String, Object> review = new HashMap<>();
        review.put("offerAccepted", true);
        review.put("decisionReason", null);
        correlate(key, "Msg_OfferReviewed", review, lap, "review offer");
        correlate(key, "Msg_PaymentReceived", Map.of(), lap, "pay");
        correlate(key, "Msg_AgreementSubmitted", Map.of("agreementMode", "DIGITAL"), lap, "submit agreement");
        jobs.complete(key, "UserTask_VerifyAgreement", Map.of("agreementAccepted", true, "agreementCopies", 2,
                "meteraiType", "PAPER"));
        lap.step("verify agreement");
        jobs.complete(key, "UserTask_DeliverProduct", Map.of("productFilesUploaded", true));
        lap.step("deliver");
        lap.step("download");
        correlate(key, "Msg_DeliveryAccepted", Map.of(), lap, "accept delivery");
        correlate(key, "Msg_Rated", Map.of("rating", 5), lap, "rate");
        return key;
    }

    @Override
    public boolean ended(String businessKey) {
        var sale = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("OnlineSaleProcess").processInstanceBusinessKey(businessKey).singleResult();
        return !jobs.running(businessKey) && "EndEvent_Rated".equals(sale.getEndActivityId());
    }

    @Override
    public void close() {
        Mocks.reset();
        engine.close();
        dataSource.close();
    }

    private void correlate(String key, String message, Map<String, Object> variables, StepTimes.Lap lap,
                           String step) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(key).setVariables(variables)
                .correlateWithResult();
        jobs.runDue(key);
        lap.step(step);
    }

    private void deploy() {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("benchmark");
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : RESOURCES) {
                for (Resource resource : resolver.getResources(pattern)) {
                    deployment.addInputStream(resource.getFilename(), resource.getInputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deployment.deploy();
    }

    private static HikariDataSource dataSource(BenchSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("benchmark-engine-only");
        if (settings.postgres()) {
            config.setJdbcUrl(settings.engineDbUrl());
            config.setUsername(settings.dbUser());
            config.setPassword(settings.dbPassword());
        } else {
            config.setJdbcUrl("jdbc:h2:mem:benchmark-engine-only;DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
        }
        return new HikariDataSource(config);
    }
}
