package id.go.bps.pst.benchmark;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Every bean the sale models name (docs/online-sale.md, "Delegates"), as doubles that do nothing but write the
 * variables the models read (invoice validity, billing code expiry and count) and answer the timers' dates. The
 * registry is thread-local: each client thread registers them before its first sale.
 */
final class NoOpBeans {

    static final List<String> DELEGATES = List.of("notifyDelegate", "recordTransferPaymentDelegate",
            "issueReceiptDelegate", "deliverDelegate", "closeRequestDelegate", "cancelRequestDelegate",
            "recordSlaWarningDelegate", "recordSlaBreachDelegate");
    static final List<String> TASK_LISTENERS = List.of("verifyAgreementListener", "transferVerifierListener",
            "deliverProductListener", "slaTaskDueListener", "handleSlaBreachListener");

    private NoOpBeans() {
    }

    static void register() {
        JavaDelegate nothing = execution -> { };
        DELEGATES.forEach(bean -> Mocks.register(bean, nothing));
        TaskListener listensToNothing = task -> { };
        TASK_LISTENERS.forEach(bean -> Mocks.register(bean, listensToNothing));
        Mocks.register("requestStatusListener", (ExecutionListener) execution -> { });
        Mocks.register("issueOfferDelegate", (JavaDelegate) execution ->
                execution.setVariable("invoiceValidUntil", fromNow(Duration.ofDays(30))));
        Mocks.register("issueBillingCodeDelegate", (JavaDelegate) NoOpBeans::issueBillingCode);
        Mocks.register("saleDeadlines", new Deadlines());
        Mocks.register("slaTimers", new SlaTimers());
    }

    private static void issueBillingCode(DelegateExecution execution) {
        Integer issued = (Integer) execution.getVariable("billingCodeIssues");
        execution.setVariable("billingCodeIssues", issued == null ? 1 : issued + 1);
        execution.setVariable("billingCodeExpiresAt", fromNow(Duration.ofDays(7)));
    }

    static Date fromNow(Duration duration) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration));
    }

    /** Stands in for {@code slaTimers}: the escalation timers never fall due; public, as below. */
    public static final class SlaTimers {

        private static final Date NEVER = Date.from(java.time.Instant.parse("9999-12-31T00:00:00Z"));

        public Date warningDue(DelegateExecution execution) {
            return NEVER;
        }

        public Date breachDue(DelegateExecution execution) {
            return NEVER;
        }
    }

    /** Stands in for {@code saleDeadlines}; public, because the expression language calls it. */
    public static final class Deadlines {

        public Date missingDocumentDue(DelegateExecution execution) {
            return fromNow(Duration.ofDays(5));
        }

        public Date revisionWindowEnds(DelegateExecution execution) {
            return fromNow(Duration.ofDays(3));
        }
    }
}
