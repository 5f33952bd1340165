package id.go.bps.pst.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The process variables the document delegates read and write (docs/online-sale.md, Variables). */
final class Variables {

    static final String REQUEST_NUMBER = "requestNumber";
    static final String NEEDS_AGREEMENT = "needsAgreement";
    static final String INVOICE_VALID_UNTIL = "invoiceValidUntil";

    private Variables() {
    }

    static String requestNumber(DelegateExecution execution) {
        Object value = execution.getVariable(REQUEST_NUMBER);
        if (value instanceof String number && !number.isBlank()) {
            return number;
        }
        throw new IllegalStateException("Process variable '" + REQUEST_NUMBER + "' is missing in "
                + execution.getCurrentActivityId() + " of " + execution.getProcessInstanceId());
    }
}
