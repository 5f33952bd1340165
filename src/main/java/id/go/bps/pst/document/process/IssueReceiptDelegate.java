package id.go.bps.pst.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import id.go.bps.pst.document.Documents;
import id.go.bps.pst.document.ReceiptSource;

/** Serves {@code ServiceTask_IssueReceipt}: records the receipt (kuitansi) of the request's payment. */
@Component
class IssueReceiptDelegate implements JavaDelegate {

    private final Documents documents;
    private final ObjectProvider<ReceiptSource> receipts;

    IssueReceiptDelegate(Documents documents, ObjectProvider<ReceiptSource> receipts) {
        this.documents = documents;
        this.receipts = receipts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestNumber = Variables.requestNumber(execution);
        ReceiptSource source = Ports.require(receipts, ReceiptSource.class);
        documents.issueReceipt(source.receiptFor(requestNumber));
    }
}
