package id.go.bps.pst.tariff.domain;

import id.go.bps.pst.catalog.Catalog;
import id.go.bps.pst.catalog.ProductFacts;
import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.tariff.QuoteItem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The quantity a tariff line is applied to: pages for a publication, bytes for microdata, one map per map. An option
 * given for the wrong kind of product is refused rather than ignored, so a customer never sees a price for
 * something other than what they asked.
 */
@Component
public class ItemQuantities {

    private final Catalog catalog;

    public ItemQuantities(Catalog catalog) {
        this.catalog = catalog;
    }

    public long of(QuoteItem item, ProductFacts facts) {
        return switch (facts.type()) {
            case ELECTRONIC_PUBLICATION, PRINTED_PUBLICATION -> pages(item, facts);
            case MICRODATA -> bytes(item, facts);
            case WILKERSTAT_MAP -> maps(item, facts);
        };
    }

    private long pages(QuoteItem item, ProductFacts facts) {
        refuseMicrodataOptions(item, facts);
        Integer pages = item.pages() != null ? item.pages() : facts.pages();
        if (pages == null || pages < 1) {
            throw ApiProblem.unprocessable("tariff.pagesUnknown",
                    "Jumlah halaman publikasi " + facts.code() + " belum tercatat; sebutkan jumlah halamannya.",
                    "The page count of publication " + facts.code() + " is not recorded; give the page count.");
        }
        return pages;
    }

    private long bytes(QuoteItem item, ProductFacts facts) {
        if (item.pages() != null) {
            throw notApplicable("pages", facts);
        }
        if (item.bytes() != null) {
            return item.bytes();
        }
        return catalog.estimateBytes(facts.code(), asSet(item.variables()), asSet(item.regions()));
    }

    private long maps(QuoteItem item, ProductFacts facts) {
        if (item.pages() != null) {
            throw notApplicable("pages", facts);
        }
        refuseMicrodataOptions(item, facts);
        // PP 13/2024 prices maps "per peta": one catalogue item is one map.
        return 1;
    }

    private static void refuseMicrodataOptions(QuoteItem item, ProductFacts facts) {
        if (item.bytes() != null) {
            throw notApplicable("bytes", facts);
        }
        if (item.choosesVariablesOrRegions()) {
            throw notApplicable("variables/regions", facts);
        }
        if (item.isProcessed()) {
            throw notApplicable("processed", facts);
        }
    }

    private static Set<String> asSet(List<String> names) {
        return names == null ? Set.of() : new LinkedHashSet<>(names);
    }

    private static ApiProblem notApplicable(String field, ProductFacts facts) {
        ProductType type = facts.type();
        return ApiProblem.badRequest("tariff.fieldNotApplicable",
                "Isian '" + field + "' tidak berlaku untuk produk " + facts.code() + " (" + type + ").",
                "The field '" + field + "' does not apply to product " + facts.code() + " (" + type + ").");
    }
}
