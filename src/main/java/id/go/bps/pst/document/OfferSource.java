package id.go.bps.pst.document;

/**
 * Port: the data of a request's offer, implemented by the module that owns requests. The document module asks for
 * it when the process issues the offer ({@code ServiceTask_IssueOffer}) and stores it as the documents' data.
 */
public interface OfferSource {

    InvoiceData invoiceFor(String requestNumber);

    /** Only asked when the request needs an agreement (microdata or maps). */
    AgreementData agreementFor(String requestNumber);
}
