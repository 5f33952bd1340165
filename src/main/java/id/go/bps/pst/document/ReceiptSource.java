package id.go.bps.pst.document;

/**
 * Port: the data of a request's receipt (payment reference, amount, date), implemented by the module that records
 * payments; asked when the process issues the receipt ({@code ServiceTask_IssueReceipt}).
 */
public interface ReceiptSource {

    ReceiptData receiptFor(String requestNumber);
}
