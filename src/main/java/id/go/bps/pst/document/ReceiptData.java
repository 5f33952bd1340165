package id.go.bps.pst.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a receipt (kuitansi) shows, handed in by the module that owns the payment. Frozen at issue time.
 *
 * @param invoiceNumber    the invoice paid, or null
 * @param amount           whole rupiah received
 * @param paymentReference the NTPN for a billing code, the treasurer's verification reference for a transfer
 */
public record ReceiptData(String requestNumber, String officeCode, String officeName, String customerName,
                          String institution, String invoiceNumber, long amount, PaymentMethod method,
                          String paymentReference, LocalDate paidOn) {

    public ReceiptData {
        Required.text(requestNumber, "requestNumber");
        Required.text(officeName, "officeName");
        Required.text(customerName, "customerName");
        Required.text(paymentReference, "paymentReference");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(paidOn, "paidOn");
        if (amount < 0) {
            throw new IllegalArgumentException("A receipt amount cannot be negative: " + requestNumber);
        }
    }
}
