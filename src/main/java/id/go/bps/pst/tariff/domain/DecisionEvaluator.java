package id.go.bps.pst.tariff.domain;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;

/**
 * Evaluates a deployed decision by key with plain values as variables. Only values are passed, never an expression
 * built from user input (FEEL engine advisory, see camunda-notes).
 */
@FunctionalInterface
public interface DecisionEvaluator {

    DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables);
}
