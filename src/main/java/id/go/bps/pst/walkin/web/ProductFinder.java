package id.go.bps.pst.walkin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.go.bps.pst.catalog.Catalog;
import id.go.bps.pst.catalog.CatalogPage;
import id.go.bps.pst.catalog.MicrodataView;
import id.go.bps.pst.catalog.ProductDetail;
import id.go.bps.pst.catalog.ProductQuery;
import id.go.bps.pst.catalog.ProductSummary;
import id.go.bps.pst.catalog.ProductType;

/**
 * The catalogue as the desk's request form needs it: products whose code or title holds what the officer typed, and
 * for microdata the variable names and region codes the visitor may choose from (none chosen means all).
 */
@Component
class ProductFinder {

    static final int MAX_RESULTS = 20;
    private static final int PAGE = 100;
    private static final int MAX_PAGES = 20;

    private final Catalog catalog;

    ProductFinder(Catalog catalog) {
        this.catalog = catalog;
    }

    List<ProductSummary> find(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String needle = typed.trim().toLowerCase(Locale.ROOT);
        List<ProductSummary> found = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES && found.size() < MAX_RESULTS; page++) {
            CatalogPage<ProductSummary> listing = catalog.search(ProductQuery.all(), page, PAGE);
            listing.items().stream().filter(p -> p.code().toLowerCase(Locale.ROOT).contains(needle)
                    || p.title().toLowerCase(Locale.ROOT).contains(needle)).forEach(found::add);
            if (page + 1 >= listing.totalPages()) {
                break;
            }
        }
        return found.stream().limit(MAX_RESULTS).toList();
    }

    /** For each microdata code typed: what its variables and regions are, to choose from. */
    Map<String, MicrodataHint> microdataHints(List<String> codes) {
        Map<String, MicrodataHint> hints = new LinkedHashMap<>();
        codes.stream().distinct().filter(code -> catalog.facts(code)
                        .filter(f -> f.type() == ProductType.MICRODATA).isPresent())
                .forEach(code -> {
                    ProductDetail detail = catalog.detail(code);
                    MicrodataView data = detail.microdata();
                    if (data != null) {
                        hints.put(code, new MicrodataHint(detail.title(),
                                data.dataDictionary().stream().map(v -> v.name() + " (" + v.label() + ")")
                                        .collect(Collectors.joining(", ")),
                                data.regions().stream().map(r -> r.code() + " " + r.name())
                                        .collect(Collectors.joining(", "))));
                    }
                });
        return hints;
    }

    record MicrodataHint(String title, String variables, String regions) {
    }
}
