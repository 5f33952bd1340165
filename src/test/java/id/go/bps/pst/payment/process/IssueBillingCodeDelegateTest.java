package id.go.bps.pst.payment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.bps.pst.payment.BillingCodeStatus;
import id.go.bps.pst.payment.BillingCodeView;
import id.go.bps.pst.payment.Payments;

class IssueBillingCodeDelegateTest {

    private static final Instant EXPIRES = Instant.parse("2026-03-09T03:00:00Z");
    private static final Instant INVOICE_END = Instant.parse("2026-04-02T03:00:00Z");

    private final Payments payments = mock(Payments.class);
    private final IssueBillingCodeDelegate delegate = new IssueBillingCodeDelegate(payments);

    /** An execution backed by a plain map: what the delegate reads and writes, nothing else. */
    static DelegateExecution execution(Map<String, Object> variables) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        org.mockito.Mockito.doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
                .when(execution).setVariable(anyString(), any());
        return execution;
    }

    private static Map<String, Object> saleVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("requestNumber", "PST-3300-2026-000123");
        variables.put("officeCode", "3300");
        variables.put("totalAmount", 150_000L);
        variables.put("invoiceValidUntil", Date.from(INVOICE_END));
        return variables;
    }

    @ParameterizedTest(name = "issues before: {0} -> {1}")
    @CsvSource(nullValues = "none", textBlock = """
            none, 1
            1,    2
            """)
    void issue_setsTheExpiryAndCountsTheCodes(Integer issuesBefore, int issuesAfter) throws Exception {
        when(payments.issueBillingCode(anyString(), anyString(), anyLong(), any())).thenReturn(new BillingCodeView(
                "PST-3300-2026-000123", "3300", "820260302000001", 150_000, EXPIRES.minusSeconds(7 * 86_400),
                EXPIRES, BillingCodeStatus.ISSUED));
        Map<String, Object> variables = saleVariables();
        variables.put("billingCodeIssues", issuesBefore);

        delegate.execute(execution(variables));

        verify(payments).issueBillingCode("PST-3300-2026-000123", "3300", 150_000, INVOICE_END);
        assertThat(variables).containsEntry("billingCodeExpiresAt", Date.from(EXPIRES))
                .containsEntry("billingCodeIssues", issuesAfter);
    }

    @Test
    void noInvoiceEnd_andAnIntegerAmount_stillIssue() throws Exception {
        when(payments.issueBillingCode(anyString(), anyString(), anyLong(), isNull())).thenReturn(new BillingCodeView(
                "PST-3300-2026-000123", "3300", "820260302000001", 50_000, EXPIRES, EXPIRES,
                BillingCodeStatus.ISSUED));
        Map<String, Object> variables = saleVariables();
        variables.put("totalAmount", 50_000);
        variables.remove("invoiceValidUntil");

        delegate.execute(execution(variables));

        verify(payments).issueBillingCode("PST-3300-2026-000123", "3300", 50_000, null);
        assertThat(variables.get("billingCodeExpiresAt")).isInstanceOf(Date.class);
    }
}
