package id.go.bps.pst.tariff.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;

/**
 * Remembers each decision result per input. The decisions change only with a deployment, and deployments come only
 * from the build at start-up, so a result stays right until the next restart. Without this every anonymous quote
 * would write decision-history rows (history level full). The inputs are enum names and booleans, so the cache
 * holds at most a few hundred entries.
 */
final class MemoizingDecisionEvaluator implements DecisionEvaluator {

    private final DecisionEvaluator delegate;
    private final Map<Evaluation, DmnDecisionResult> results = new ConcurrentHashMap<>();

    MemoizingDecisionEvaluator(DecisionEvaluator delegate) {
        this.delegate = delegate;
    }

    @Override
    public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
        return results.computeIfAbsent(new Evaluation(decisionKey, Map.copyOf(variables)),
                evaluation -> delegate.evaluate(evaluation.decisionKey(), evaluation.variables()));
    }

    private record Evaluation(String decisionKey, Map<String, Object> variables) {
    }
}
