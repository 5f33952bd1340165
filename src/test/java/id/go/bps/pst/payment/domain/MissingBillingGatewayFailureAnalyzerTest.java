package id.go.bps.pst.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.go.bps.pst.payment.BillingGateway;
import id.go.bps.pst.payment.simulator.SimulatedBillingGateway;

class MissingBillingGatewayFailureAnalyzerTest {

    private final MissingBillingGatewayFailureAnalyzer analyzer = new MissingBillingGatewayFailureAnalyzer();

    /** Stands in for Payments: anything that needs the port. */
    @Configuration(proxyBeanMethods = false)
    static class NeedsAGateway {
        @Bean
        String billingUser(BillingGateway gateway) {
            return gateway.getClass().getSimpleName();
        }
    }

    @Test
    void simulatorOff_noAdapter_startFailsAndTheAnalysisSaysWhatToDo() {
        new ApplicationContextRunner().withUserConfiguration(NeedsAGateway.class).run(started -> {
            Throwable failure = started.getStartupFailure();
            assertThat(failure).isInstanceOf(UnsatisfiedDependencyException.class);
            FailureAnalysis analysis = analyzer.analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("pst.payment.simulator.enabled=false")
                    .contains(BillingGateway.class.getName());
            assertThat(analysis.getAction()).contains("SIMPONI").contains("pst.payment.simulator.enabled=true");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pst.payment.simulator.enabled=false", "pst.payment.other=unset"})
    void simulator_isNotEvenRegisteredUnlessEnabled(String property) {
        new ApplicationContextRunner().withPropertyValues(property)
                .withUserConfiguration(SimulatedBillingGateway.class)
                .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(BillingGateway.class));
    }

    @Test
    void anotherMissingBean_isLeftToSpringBoot() {
        assertThat(analyzer.analyze(new NoSuchBeanDefinitionException(String.class))).isNull();
    }
}
