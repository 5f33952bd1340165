package id.go.bps.pst.catalog.web;

import id.go.bps.pst.catalog.Catalog;
import id.go.bps.pst.catalog.CatalogPage;
import id.go.bps.pst.catalog.ProductDetail;
import id.go.bps.pst.catalog.ProductSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue, like Silastik's: anyone may browse it without logging in. */
@RestController
@RequestMapping("/api/catalog/products")
class CatalogController {

    /** Silastik-like listing pages of 20 products unless the caller asks otherwise (at most 100). */
    private static final String DEFAULT_SIZE = "20";

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    CatalogPage<ProductSummary> list(ProductFilter filter,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = DEFAULT_SIZE) int size) {
        return catalog.search(filter.toQuery(), page, size);
    }

    @GetMapping("/{code}")
    ProductDetail detail(@PathVariable String code) {
        return catalog.detail(code);
    }
}
