package id.go.bps.pst.tariff.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The real decision files from {@code processes/} in a plain DMN engine: no process engine, no Spring. */
public final class DmnModels {

    private static final DmnEngine ENGINE =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final Map<String, DmnDecision> DECISIONS = new HashMap<>();

    static {
        parse("zero-rupiah-eligibility.dmn");
        parse("required-documents.dmn");
    }

    private DmnModels() {
    }

    public static DecisionEvaluator evaluator() {
        return DmnModels::evaluate;
    }

    public static SaleRules saleRules() {
        return new SaleRules(evaluator());
    }

    public static DmnDecisionResult evaluate(String key, Map<String, Object> variables) {
        DmnDecision decision = DECISIONS.get(key);
        if (decision == null) {
            throw new IllegalArgumentException("No decision " + key + " in processes/");
        }
        return ENGINE.evaluateDecision(decision, variables);
    }

    private static void parse(String file) {
        try (InputStream in = Files.newInputStream(Path.of("processes", file))) {
            ENGINE.parseDecisions(in).forEach(decision -> DECISIONS.put(decision.getKey(), decision));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
