package id.go.bps.pst.catalog;

import id.go.bps.pst.catalog.domain.Paging;
import id.go.bps.pst.catalog.domain.ProductViews;
import id.go.bps.pst.platform.ApiProblem;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The public face of the catalogue module for other modules. */
@Service
public class Catalog {

    private final ProductViews views;

    /** Protected so that another module's unit tests can stand a small fake catalogue in (no database). */
    protected Catalog(ProductViews views) {
        this.views = views;
    }

    /** The product with this code, if the catalogue has it. */
    public Optional<ProductFacts> facts(String code) {
        return code == null ? Optional.empty() : views.facts(code);
    }

    /**
     * The size in bytes of a microdata extract with the chosen variables and regions (all of them when a set is
     * empty). Unknown variable or region names are a bad request ({@code ApiProblem}).
     */
    public long estimateBytes(String code, Set<String> variables, Set<String> regions) {
        if (code == null) {
            throw unknownProduct(null);
        }
        return views.sizeModel(code)
                .orElseThrow(() -> views.exists(code) ? notMicrodata(code) : unknownProduct(code))
                .estimate(variables, regions);
    }

    /** One page of the products matching the Silastik filters, ordered by type, title and code. */
    public CatalogPage<ProductSummary> search(ProductQuery query, int page, int size) {
        return views.search(query, new Paging(page, size));
    }

    /** Everything about one product; an unknown code is a 404 problem. */
    public ProductDetail detail(String code) {
        return views.detail(code).orElseThrow(() -> unknownProduct(code));
    }

    private static ApiProblem unknownProduct(String code) {
        return ApiProblem.notFound("catalog.product.not-found",
                "Produk " + code + " tidak ada di katalog.",
                "Product " + code + " is not in the catalogue.");
    }

    private static ApiProblem notMicrodata(String code) {
        return ApiProblem.badRequest("catalog.product.not-microdata",
                "Produk " + code + " bukan data mikro: ukurannya tidak dihitung dari variabel dan wilayah.",
                "Product " + code + " is not microdata: its size does not depend on variables and regions.");
    }
}
