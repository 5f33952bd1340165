package id.go.bps.pst.tariff.domain;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's decision service behind {@link DecisionEvaluator}: the latest deployed version of each decision,
 * evaluated once per distinct input (see {@link MemoizingDecisionEvaluator}).
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    DecisionEvaluator decisionEvaluator(DecisionService decisions) {
        return new MemoizingDecisionEvaluator(
                (key, variables) -> decisions.evaluateDecisionByKey(key).variables(variables).evaluate());
    }
}
