package id.go.bps.pst.document.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import id.go.bps.pst.document.Documents;
import id.go.bps.pst.document.IssuedDocument;
import id.go.bps.pst.document.OfferSource;

/** Serves {@code ServiceTask_IssueOffer}: records the invoice (and the SPPD when needed), sets {@code invoiceValidUntil}. */
@Component
class IssueOfferDelegate implements JavaDelegate {

    private final Documents documents;
    private final ObjectProvider<OfferSource> offers;

    IssueOfferDelegate(Documents documents, ObjectProvider<OfferSource> offers) {
        this.documents = documents;
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestNumber = Variables.requestNumber(execution);
        OfferSource source = Ports.require(offers, OfferSource.class);
        IssuedDocument invoice = documents.issueInvoice(source.invoiceFor(requestNumber));
        if (Boolean.TRUE.equals(execution.getVariable(Variables.NEEDS_AGREEMENT))) {
            documents.issueAgreement(source.agreementFor(requestNumber));
        }
        execution.setVariable(Variables.INVOICE_VALID_UNTIL, Date.from(invoice.validUntil()));
    }
}
