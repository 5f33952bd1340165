package id.go.bps.pst.payment.process;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.bps.pst.payment.Payments;

class RecordTransferPaymentDelegateTest {

    private final Payments payments = mock(Payments.class);
    private final RecordTransferPaymentDelegate delegate = new RecordTransferPaymentDelegate(payments);

    @ParameterizedTest(name = "verified by {0}")
    @CsvSource(nullValues = "none", textBlock = """
            treasurer3300
            none
            """)
    void acceptedTransfer_isRecordedWithTheTreasurerIfKnown(String treasurer) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("requestNumber", "PST-3300-2026-000123");
        variables.put("totalAmount", 2_500_000L);
        variables.put("transferVerifiedBy", treasurer);

        delegate.execute(IssueBillingCodeDelegateTest.execution(variables));

        verify(payments).recordTransferPayment("PST-3300-2026-000123", 2_500_000, treasurer);
    }
}
