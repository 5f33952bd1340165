package id.go.bps.pst.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoizingDecisionEvaluatorTest {

    private final List<Map<String, Object>> calls = new ArrayList<>();
    private final DecisionEvaluator evaluator = new MemoizingDecisionEvaluator((key, variables) -> {
        calls.add(variables);
        return DmnModels.evaluate(key, variables);
    });

    @Test
    void sameInputTwice_evaluatesOnceAndGivesTheSameResult() {
        Map<String, Object> government = Map.of("segment", "GOVERNMENT_CENTRAL", "purpose", "RESEARCH");

        var first = evaluator.evaluate(SaleRules.ZERO_RUPIAH, government);
        var second = evaluator.evaluate(SaleRules.ZERO_RUPIAH, Map.of("purpose", "RESEARCH",
                "segment", "GOVERNMENT_CENTRAL"));

        assertThat(calls).hasSize(1);
        assertThat(second.getSingleResult().getEntryMap()).isEqualTo(first.getSingleResult().getEntryMap());
    }

    @Test
    void differentInput_isEvaluatedAgain() {
        evaluator.evaluate(SaleRules.ZERO_RUPIAH, Map.of("segment", "PRIVATE", "purpose", "RESEARCH"));
        var commercial = evaluator.evaluate(SaleRules.ZERO_RUPIAH, Map.of("segment", "GOVERNMENT_CENTRAL",
                "purpose", "COMMERCIAL"));

        assertThat(calls).hasSize(2);
        assertThat((Boolean) commercial.getSingleResult().getEntry("eligible")).isFalse();
    }
}
