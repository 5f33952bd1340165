package id.go.bps.pst.tariff;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The price of a cart on a date, with the regulation that set it and what the customer must hand in.
 *
 * @param total     what the customer pays, in whole rupiah
 * @param listTotal the sum of the tariff amounts before Rp0
 */
public record Quote(LocalDate date, List<QuoteLine> lines, long total, long listTotal, String currency,
                    Regulation regulation, ZeroRupiah zeroRupiah, List<DocumentView> documentsRequired) {

    /** Rupiah: PNBP is paid in rupiah only (foreign customers transfer rupiah too). */
    public static final String CURRENCY = "IDR";

    static Quote of(LocalDate date, List<QuoteLine> lines, Regulation regulation, ZeroRupiah zeroRupiah,
                    Collection<RequiredDocument> documents) {
        long total = lines.stream().mapToLong(QuoteLine::chargedAmount).reduce(0, Math::addExact);
        long listTotal = lines.stream().mapToLong(QuoteLine::listAmount).reduce(0, Math::addExact);
        return new Quote(date, List.copyOf(lines), total, listTotal, CURRENCY, regulation, zeroRupiah,
                documents.stream().map(RequiredDocument::view).toList());
    }
}
