package id.go.bps.pst.payment.process;

/** The process variables the payment delegates read and write (docs/online-sale.md, Variables). */
final class PaymentVariables {

    static final String REQUEST_NUMBER = "requestNumber";
    static final String OFFICE_CODE = "officeCode";
    static final String TOTAL_AMOUNT = "totalAmount";
    static final String INVOICE_VALID_UNTIL = "invoiceValidUntil";
    static final String BILLING_CODE_EXPIRES_AT = "billingCodeExpiresAt";
    static final String BILLING_CODE_ISSUES = "billingCodeIssues";
    /** Not yet in the contract: the treasurer's user id, set by a listener when UserTask_VerifyTransfer completes. */
    static final String TRANSFER_VERIFIED_BY = "transferVerifiedBy";
    static final String CASH_RECEIVED = "cashReceived";
    static final String CASH_RECEIVED_BY = "cashReceivedBy";

    private PaymentVariables() {
    }
}
