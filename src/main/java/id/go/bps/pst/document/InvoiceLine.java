package id.go.bps.pst.document;

/**
 * One priced product on an invoice, as the tariff quoted it.
 *
 * @param tariffDescription the tariff line of the regulation, e.g. "Publikasi elektronik, 50 halaman pertama"
 * @param unit              how the quantity counts, e.g. "per 50 halaman"
 * @param listAmount        the tariff amount in whole rupiah
 * @param chargedAmount     what the customer pays: the list amount, or 0 when Rp0 applies
 */
public record InvoiceLine(String productCode, String title, String tariffDescription, long quantity, String unit,
                          long listAmount, long chargedAmount) {

    public InvoiceLine {
        Required.text(productCode, "productCode");
        Required.text(title, "title");
        if (listAmount < 0 || chargedAmount < 0 || chargedAmount > listAmount) {
            throw new IllegalArgumentException("Amounts must be 0 <= charged <= list: " + productCode);
        }
    }
}
