package id.go.bps.pst.request.domain;

import java.util.List;

import id.go.bps.pst.tariff.CustomerSegment;
import id.go.bps.pst.tariff.Purpose;

/** Everything a new request is made of, once the cart is priced. */
public record RequestDraft(String officeCode, CustomerSegment segment, Purpose purpose, boolean abroad,
                           boolean zeroRupiah, boolean needsAgreement, long totalAmount, long listTotal,
                           String regulationCode, String regulationName, List<String> requiredDocuments, List<SaleRequestLine> lines) {
}
