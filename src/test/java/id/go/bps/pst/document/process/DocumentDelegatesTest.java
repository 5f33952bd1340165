package id.go.bps.pst.document.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import id.go.bps.pst.document.AgreementData;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.Documents;
import id.go.bps.pst.document.InvoiceData;
import id.go.bps.pst.document.IssuedDocument;
import id.go.bps.pst.document.OfferSource;
import id.go.bps.pst.document.ReceiptData;
import id.go.bps.pst.document.ReceiptSource;
import id.go.bps.pst.document.SampleDocuments;

/** The delegates read the request number, call the facade with what the ports give, and set the contract's variables. */
class DocumentDelegatesTest {

    private static final String REQUEST = "PST-3300-2026-000123";
    private static final Instant VALID_UNTIL = Instant.parse("2026-04-02T03:00:00Z");

    private final Documents documents = mock(Documents.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);

    /** A fake of the request module's port. */
    private static final class FakeOffers implements OfferSource {
        @Override
        public InvoiceData invoiceFor(String requestNumber) {
            return SampleDocuments.invoice(requestNumber);
        }

        @Override
        public AgreementData agreementFor(String requestNumber) {
            return SampleDocuments.agreement(requestNumber);
        }
    }

    @ParameterizedTest(name = "needsAgreement={0}: agreements issued {1}")
    @CsvSource(nullValues = "null", value = {"true, 1", "false, 0", "null, 0"})
    void issueOffer_recordsTheInvoice_andTheSppdOnlyWhenNeeded(Boolean needsAgreement, int agreements)
            throws Exception {
        when(execution.getVariable("requestNumber")).thenReturn(REQUEST);
        when(execution.getVariable("needsAgreement")).thenReturn(needsAgreement);
        when(documents.issueInvoice(any())).thenReturn(new IssuedDocument(1, DocumentKind.INVOICE,
                "INV-3300-2026-000123-01", "7K3MZQ9D2HXA", Instant.now(), 1_234_567L, VALID_UNTIL));

        new IssueOfferDelegate(documents, provider(OfferSource.class, new FakeOffers())).execute(execution);

        verify(documents).issueInvoice(SampleDocuments.invoice(REQUEST));
        verify(documents, times(agreements)).issueAgreement(SampleDocuments.agreement(REQUEST));
        verify(execution).setVariable("invoiceValidUntil", Date.from(VALID_UNTIL));
    }

    @Test
    void issueOffer_withoutTheRequestModulesPort_failsTheJobWithAClearMessage() {
        when(execution.getVariable("requestNumber")).thenReturn(REQUEST);

        assertThatThrownBy(() -> new IssueOfferDelegate(documents, provider(OfferSource.class, null))
                .execute(execution))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No bean implements id.go.bps.pst.document.OfferSource");
        verifyNoInteractions(documents);
        verify(execution, never()).setVariable(any(), any());
    }

    @Test
    void issueReceipt_recordsTheReceiptFromThePort() throws Exception {
        when(execution.getVariable("requestNumber")).thenReturn(REQUEST);
        ReceiptData receipt = SampleDocuments.receipt(REQUEST, "INV-3300-2026-000123-01");
        ReceiptSource fake = requestNumber -> receipt;

        new IssueReceiptDelegate(documents, provider(ReceiptSource.class, fake)).execute(execution);

        verify(documents).issueReceipt(receipt);
    }

    @Test
    void issueReceipt_withoutThePort_failsTheJob() {
        when(execution.getVariable("requestNumber")).thenReturn(REQUEST);

        assertThatThrownBy(() -> new IssueReceiptDelegate(documents, provider(ReceiptSource.class, null))
                .execute(execution))
                .hasMessageContaining("No bean implements id.go.bps.pst.document.ReceiptSource");
    }

    @Test
    void missingRequestNumber_failsWithTheVariablesName() {
        assertThatThrownBy(() -> new IssueReceiptDelegate(documents, provider(ReceiptSource.class, null))
                .execute(execution))
                .hasMessageContaining("'requestNumber' is missing");
    }

    private static <T> ObjectProvider<T> provider(Class<T> type, T bean) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (bean != null) {
            beans.addBean("port", bean);
        }
        return beans.getBeanProvider(type);
    }
}
