package id.go.bps.pst.tariff;

import id.go.bps.pst.catalog.ProductType;

/**
 * One priced product of a quote.
 *
 * @param listAmount    the tariff amount in whole rupiah
 * @param chargedAmount what the customer pays: the list amount, or 0 when Rp0 applies
 */
public record QuoteLine(String productCode, String title, ProductType productType, String tariffLineCode,
                        String tariffLineDescription, long quantity, TariffUnit unit, long listAmount,
                        long chargedAmount) {
}
