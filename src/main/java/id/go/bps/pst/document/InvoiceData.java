package id.go.bps.pst.document;

import java.util.List;

/**
 * What an invoice shows, handed in by the module that owns the request. Frozen as the invoice's data at issue time.
 *
 * @param customerName        the customer's display name, printed on the invoice (never a process variable)
 * @param institution         the customer's institution, or null for an individual
 * @param regulation          the regulation that set the tariff, e.g. "PP No. 13 Tahun 2024"
 * @param paymentInstructions how to pay (billing code, transfer); null prints the standard text
 */
public record InvoiceData(String requestNumber, String officeCode, String officeName, String customerName,
                          String institution, List<InvoiceLine> lines, String regulation,
                          String paymentInstructions) {

    public static final String DEFAULT_REGULATION = "PP No. 13 Tahun 2024";

    public InvoiceData {
        Required.text(requestNumber, "requestNumber");
        Required.text(officeName, "officeName");
        Required.text(customerName, "customerName");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An invoice needs at least one line: " + requestNumber);
        }
        regulation = regulation == null || regulation.isBlank() ? DEFAULT_REGULATION : regulation;
    }

    /** What the customer pays, in whole rupiah (0 for a Rp0 sale). */
    public long total() {
        return lines.stream().mapToLong(InvoiceLine::chargedAmount).reduce(0, Math::addExact);
    }

    public long listTotal() {
        return lines.stream().mapToLong(InvoiceLine::listAmount).reduce(0, Math::addExact);
    }
}
