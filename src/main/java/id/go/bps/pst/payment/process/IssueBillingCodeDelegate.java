package id.go.bps.pst.payment.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.payment.BillingCodeView;
import id.go.bps.pst.payment.Payments;

/** Serves {@code ServiceTask_IssueBillingCode}: issues (or reissues) the request's billing code. */
@Component("issueBillingCodeDelegate")
class IssueBillingCodeDelegate implements JavaDelegate {

    private final Payments payments;

    IssueBillingCodeDelegate(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestNumber = (String) execution.getVariable(PaymentVariables.REQUEST_NUMBER);
        String officeCode = (String) execution.getVariable(PaymentVariables.OFFICE_CODE);
        long amount = ((Number) execution.getVariable(PaymentVariables.TOTAL_AMOUNT)).longValue();
        Date invoiceValidUntil = (Date) execution.getVariable(PaymentVariables.INVOICE_VALID_UNTIL);
        BillingCodeView code = payments.issueBillingCode(requestNumber, officeCode, amount,
                invoiceValidUntil == null ? null : invoiceValidUntil.toInstant());
        Number issues = (Number) execution.getVariable(PaymentVariables.BILLING_CODE_ISSUES);
        execution.setVariable(PaymentVariables.BILLING_CODE_EXPIRES_AT, Date.from(code.expiresAt()));
        execution.setVariable(PaymentVariables.BILLING_CODE_ISSUES, issues == null ? 1 : issues.intValue() + 1);
    }
}
