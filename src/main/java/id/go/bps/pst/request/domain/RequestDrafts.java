package id.go.bps.pst.request.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.request.NewSaleRequest;
import id.go.bps.pst.tariff.DocumentView;
import id.go.bps.pst.tariff.Quote;
import id.go.bps.pst.tariff.QuoteItem;
import id.go.bps.pst.tariff.QuoteLine;
import id.go.bps.pst.tariff.QuoteRequest;
import id.go.bps.pst.tariff.Tariffs;

/** Prices a customer's cart with the tariff in force and turns it into a request draft. */
@Component
class RequestDrafts {

    /** Microdata and maps need a data sample, an abstract and a signed SPPD (seed 004, 13 steps). */
    private static final Set<ProductType> WITH_AGREEMENT = EnumSet.of(ProductType.MICRODATA, ProductType.WILKERSTAT_MAP);

    private final Tariffs tariffs;

    RequestDrafts(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    RequestDraft draft(CustomerView customer, NewSaleRequest cart) {
        Quote quote = tariffs.quote(new QuoteRequest(customer.segment(), cart.purpose(), customer.abroad(), null,
                cart.items()));
        List<SaleRequestLine> lines = new ArrayList<>();
        for (int i = 0; i < quote.lines().size(); i++) {
            lines.add(new SaleRequestLine(i + 1, snapshot(quote.lines().get(i), cart.items().get(i))));
        }
        boolean needsAgreement = quote.lines().stream().anyMatch(l -> WITH_AGREEMENT.contains(l.productType()));
        return new RequestDraft(cart.officeCode(), customer.segment(), cart.purpose(), customer.abroad(),
                quote.zeroRupiah().eligible(), needsAgreement, quote.total(), quote.listTotal(),
                quote.regulation().code(), quote.regulation().name(), quote.documentsRequired().stream().map(DocumentView::code).toList(),
                lines);
    }

    private static SaleRequestLine.LineSnapshot snapshot(QuoteLine line, QuoteItem item) {
        return new SaleRequestLine.LineSnapshot(line.productCode(), line.title(), line.productType().name(),
                line.tariffLineCode(), line.tariffLineDescription(), line.quantity(), line.unit().name(), line.listAmount(), line.chargedAmount(),
                join(item.variables()), join(item.regions()), item.isProcessed());
    }

    private static String join(List<String> names) {
        return names == null || names.isEmpty() ? null : String.join(",", names);
    }
}
