package id.go.bps.pst.catalog.domain;

import id.go.bps.pst.catalog.CatalogPage;
import id.go.bps.pst.catalog.MicrodataView;
import id.go.bps.pst.catalog.ProductDetail;
import id.go.bps.pst.catalog.ProductFacts;
import id.go.bps.pst.catalog.ProductQuery;
import id.go.bps.pst.catalog.ProductSummary;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the catalogue and shapes what the facade and the web answer. */
@Component
@Transactional(readOnly = true)
public class ProductViews {

    private final ProductRepository products;
    private final DatasetRepository datasets;

    ProductViews(ProductRepository products, DatasetRepository datasets) {
        this.products = products;
        this.datasets = datasets;
    }

    public Optional<ProductFacts> facts(String code) {
        return products.findById(code).map(product -> new ProductFacts(product.code(), product.type(),
                product.title(), product.pages(), product.mapLevel(), sizeOf(product)));
    }

    public Optional<SizeModel> sizeModel(String code) {
        return datasets.findById(code).map(Dataset::sizeModel);
    }

    public boolean exists(String code) {
        return products.existsById(code);
    }

    public CatalogPage<ProductSummary> search(ProductQuery query, Paging paging) {
        Page<Product> found = products.findAll(ProductSpecifications.matching(query), paging.pageable());
        Map<String, Long> microdataSizes = datasets.fullSizes(
                found.stream().filter(Product::isMicrodata).map(Product::code).toList());
        var items = found.stream().map(product -> summary(product, microdataSizes.get(product.code()))).toList();
        return new CatalogPage<>(items, paging.page(), paging.size(), found.getTotalElements(),
                found.getTotalPages());
    }

    public Optional<ProductDetail> detail(String code) {
        return products.findById(code).map(product -> {
            MicrodataView microdata = datasets.findById(code).map(Dataset::view).orElse(null);
            Long size = microdata != null ? Long.valueOf(microdata.fullSizeBytes()) : product.fileSizeBytes();
            return new ProductDetail(product.code(), product.type(), product.title(), product.description(),
                    product.year(), product.officeCode(), product.province(), product.regency(), product.pages(),
                    size, product.mapType(), product.mapLevel(), product.survey(), microdata);
        });
    }

    /** Microdata are sized by their data dictionary and regions; a printed publication has no file (0). */
    private long sizeOf(Product product) {
        if (product.isMicrodata()) {
            return sizeModel(product.code()).map(SizeModel::fullBytes).orElse(0L);
        }
        return product.fileSizeBytes() == null ? 0L : product.fileSizeBytes();
    }

    private static ProductSummary summary(Product product, Long microdataSize) {
        Long size = product.isMicrodata() ? microdataSize : product.fileSizeBytes();
        return new ProductSummary(product.code(), product.type(), product.title(), product.year(),
                product.officeCode(), product.province(), product.regency(), product.pages(), size,
                product.mapType(), product.mapLevel(), product.survey());
    }
}
