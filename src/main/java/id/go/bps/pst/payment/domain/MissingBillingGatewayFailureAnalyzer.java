package id.go.bps.pst.payment.domain;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import id.go.bps.pst.payment.BillingGateway;

/**
 * Explains a start that failed for want of a billing gateway: the simulator is off (as in production) and no real
 * SIMPONI adapter exists. Registered in {@code META-INF/spring.factories}; ahead of Spring Boot's generic analyzer.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MissingBillingGatewayFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
        if (cause.getBeanType() != BillingGateway.class) {
            return null;
        }
        return new FailureAnalysis(
                "No billing gateway: billing codes cannot be issued. The embedded simulator is off "
                        + "(pst.payment.simulator.enabled=false) and no bean implements "
                        + BillingGateway.class.getName() + " (the SIMPONI e-billing adapter).",
                "Deploy with a SIMPONI adapter bean that implements BillingGateway, or, for a demo or a test only, "
                        + "set pst.payment.simulator.enabled=true (the default profile does).",
                cause);
    }
}
