package id.go.bps.pst.request.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Every bean the sale models name (docs/online-sale.md, "Delegates"), registered with {@link Mocks}. Each records
 * what it was asked and, where the contract says so, writes the variables its real counterpart writes.
 */
final class SaleDoubles {

    /** Default validity of an invoice (issue 3: one month) and of a billing code (issue 3: 7 days). */
    static final Duration INVOICE_VALIDITY = Duration.ofDays(30);
    static final Duration BILLING_CODE_VALIDITY = Duration.ofDays(7);

    private final List<String> notices = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final List<String> cancelReasons = new ArrayList<>();
    private boolean standardMissed = true;
    private boolean clockConfirmsEscalation = true;
    private SaleRequest deskRequest = SaleRequest.microdata();

    void register() {
        Mocks.register("notifyDelegate", (JavaDelegate) this::notify);
        Mocks.register("requestStatusListener", (ExecutionListener) this::statusChanged);
        Mocks.register("saleDeadlines", new SaleDeadlinesStub());
        // The real listeners: they need no other bean, and their rules belong on the tested paths.
        Mocks.register("verifyAgreementListener", new VerifyAgreementListener());
        Mocks.register("transferVerifierListener", new TransferVerifierListener());
        Mocks.register("deliverProductListener", (TaskListener) task -> { });
        Mocks.register("issueOfferDelegate", recording("issueOfferDelegate",
                execution -> execution.setVariable("invoiceValidUntil", SaleDeadlinesStub.fromNow(INVOICE_VALIDITY))));
        Mocks.register("issueBillingCodeDelegate", recording("issueBillingCodeDelegate", this::issueBillingCode));
        Mocks.register("recordTransferPaymentDelegate", recording("recordTransferPaymentDelegate", e -> { }));
        Mocks.register("issueReceiptDelegate", recording("issueReceiptDelegate", e -> { }));
        Mocks.register("deliverDelegate", recording("deliverDelegate", e -> { }));
        Mocks.register("closeRequestDelegate", recording("closeRequestDelegate", e -> { }));
        Mocks.register("slaTimers", new SlaTimersStub());
        Mocks.register("slaTaskDueListener", (TaskListener) task -> { });
        Mocks.register("recordSlaWarningDelegate", recording("recordSlaWarningDelegate",
                e -> e.setVariableLocal("slaEscalationDue", clockConfirmsEscalation)));
        Mocks.register("recordSlaBreachDelegate", recording("recordSlaBreachDelegate",
                e -> e.setVariableLocal("slaEscalationDue", clockConfirmsEscalation)));
        Mocks.register("handleSlaBreachListener", (TaskListener) task -> calls.add("handleSlaBreachListener"));
        Mocks.register("cancelRequestDelegate", recording("cancelRequestDelegate",
                execution -> cancelReasons.add((String) execution.getVariableLocal("cancelReason"))));
        // The walk-in desk (walk-in.bpmn) and its cash path in payment.bpmn.
        Mocks.register("walkInDeadlines", new WalkInDeadlinesStub());
        Mocks.register("checkServiceStandardDelegate", recording("checkServiceStandardDelegate",
                execution -> execution.setVariable("standardMissed", standardMissed)));
        Mocks.register("openDeskRequestDelegate", recording("openDeskRequestDelegate",
                execution -> execution.setVariables(deskRequest.variables())));
        Mocks.register("openConsultationDelegate", recording("openConsultationDelegate", e -> { }));
        Mocks.register("closeDeskRequestDelegate", recording("closeDeskRequestDelegate", e -> { }));
        Mocks.register("cancelDeskRequestDelegate", recording("cancelDeskRequestDelegate", e -> { }));
        Mocks.register("visitEndedListener", (ExecutionListener) execution -> calls.add("visitEndedListener"));
        Mocks.register("cashReceivedListener", (TaskListener) task -> { });
        Mocks.register("recordCashPaymentDelegate", recording("recordCashPaymentDelegate", e -> { }));
    }

    /** What the walk-in's service standard check answers when its timer fires. */
    /** What the SLA clock answers when an escalation timer fires: false for a stale timer. */
    void clockConfirmsEscalation(boolean confirms) {
        this.clockConfirmsEscalation = confirms;
    }

    void standardMissedAnswers(boolean missed) {
        this.standardMissed = missed;
    }

    /** The request the walk-in desk opens once the documents are complete. */
    void deskRequestIs(SaleRequest request) {
        this.deskRequest = request;
    }

    /** The {@code notice} input of every notify call, in order. */
    List<String> notices() {
        return Collections.unmodifiableList(notices);
    }

    /** The {@code status} property of every element the status listener fired on, in order. */
    List<String> statuses() {
        return Collections.unmodifiableList(statuses);
    }

    /** How often a bean's delegate ran. */
    long calls(String bean) {
        return calls.stream().filter(bean::equals).count();
    }

    List<String> cancelReasons() {
        return Collections.unmodifiableList(cancelReasons);
    }

    private void notify(DelegateExecution execution) {
        notices.add((String) execution.getVariableLocal("notice"));
    }

    /** Reads the element's camunda:property "status", as the request module's listener does. */
    private void statusChanged(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        CamundaProperties properties = element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).singleResult();
        properties.getCamundaProperties().stream()
                .filter(property -> "status".equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .forEach(statuses::add);
    }

    private void issueBillingCode(DelegateExecution execution) {
        Integer issued = (Integer) execution.getVariable("billingCodeIssues");
        execution.setVariable("billingCodeIssues", issued == null ? 1 : issued + 1);
        execution.setVariable("billingCodeExpiresAt", SaleDeadlinesStub.fromNow(BILLING_CODE_VALIDITY));
    }

    private JavaDelegate recording(String bean, Consumer<DelegateExecution> effect) {
        return execution -> {
            calls.add(bean);
            effect.accept(execution);
        };
    }
}
