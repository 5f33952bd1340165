package id.go.bps.pst.tariff;

import id.go.bps.pst.catalog.Catalog;
import id.go.bps.pst.catalog.ProductFacts;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.tariff.domain.ItemQuantities;
import id.go.bps.pst.tariff.domain.SaleRules;
import id.go.bps.pst.tariff.domain.ScheduleFinder;
import id.go.bps.pst.tariff.domain.TariffLine;
import id.go.bps.pst.tariff.domain.TariffSchedule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * The public face of the tariff module: prices a cart by the PNBP regulation in force on its date, applies Rp0 where
 * the sale rules grant it, and lists the documents the customer must hand in.
 */
@Service
public class Tariffs {

    /** A quote's default date is the service desk's day; BPS RI works in WIB. */
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final Catalog catalog;
    private final ScheduleFinder schedules;
    private final ItemQuantities quantities;
    private final SaleRules rules;

    public Tariffs(Catalog catalog, ScheduleFinder schedules, ItemQuantities quantities, SaleRules rules) {
        this.catalog = catalog;
        this.schedules = schedules;
        this.quantities = quantities;
        this.rules = rules;
    }

    public Quote quote(QuoteRequest request) {
        if (request.items() == null || request.items().isEmpty()) {
            throw ApiProblem.badRequest("tariff.emptyCart", "Keranjang kosong: pilih minimal satu produk.",
                    "The cart is empty: choose at least one product.");
        }
        LocalDate date = request.date() != null ? request.date() : today();
        TariffSchedule schedule = schedules.inForceOn(date);
        ZeroRupiah zeroRupiah = rules.zeroRupiah(request.segment(), request.purpose());
        List<QuoteLine> lines = request.items().stream()
                .map(item -> line(item, schedule, zeroRupiah.eligible()))
                .toList();
        Set<RequiredDocument> documents = rules.documents(request.segment(),
                lines.stream().map(QuoteLine::productType).toList(), zeroRupiah.eligible(), request.isAbroad());
        return Quote.of(date, lines, schedule.regulation(), zeroRupiah, documents);
    }

    private QuoteLine line(QuoteItem item, TariffSchedule schedule, boolean zeroRupiah) {
        ProductFacts facts = catalog.facts(item.productCode()).orElseThrow(() -> unknownProduct(item.productCode()));
        long quantity = quantities.of(item, facts);
        TariffLine tariff = schedule.lineFor(facts.type(), facts.mapLevel(), item.isProcessed())
                .orElseThrow(() -> noTariffLine(facts, schedule));
        long listAmount = tariff.amountFor(quantity);
        return new QuoteLine(facts.code(), facts.title(), facts.type(), tariff.lineCode(), tariff.description(),
                quantity, tariff.unit(), listAmount, zeroRupiah ? 0 : listAmount);
    }

    /** Read through the engine clock so that process tests which move time move quotes too. */
    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), JAKARTA);
    }

    private static ApiProblem unknownProduct(String code) {
        return ApiProblem.badRequest("tariff.unknownProduct",
                "Produk dengan kode '" + code + "' tidak ada di katalog.",
                "There is no product with code '" + code + "' in the catalogue.");
    }

    private static ApiProblem noTariffLine(ProductFacts facts, TariffSchedule schedule) {
        return ApiProblem.unprocessable("tariff.noTariffLine",
                "Tarif untuk produk " + facts.code() + " tidak ada dalam " + schedule.regulation().name() + ".",
                "Regulation " + schedule.regulation().name() + " has no tariff for product " + facts.code() + ".");
    }
}
