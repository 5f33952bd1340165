package id.go.bps.pst.catalog.domain;

import id.go.bps.pst.catalog.ProductQuery;
import id.go.bps.pst.catalog.ProductType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The Silastik catalogue filters (seed 002) as one database query over {@link Product}. */
public final class ProductSpecifications {

    /** A stable order, so that paging never repeats or skips a product. */
    public static final Sort ORDER = Sort.by("type", "title", "code");

    private static final char ESCAPE = '\\';

    private ProductSpecifications() {
    }

    public static Specification<Product> matching(ProductQuery filter) {
        return (root, query, cb) -> new Criteria(root, query, cb).of(filter);
    }

    private record Criteria(Root<Product> root, CriteriaQuery<?> query, CriteriaBuilder cb) {

        Predicate of(ProductQuery f) {
            List<Predicate> all = new ArrayList<>();
            if (f.type() != null) {
                all.add(cb.equal(root.get("type"), f.type()));
            }
            add(all, f.province(), text -> area("provinceCode", "provinceName", text));
            add(all, f.regency(), text -> area("regencyCode", "regencyName", text));
            add(all, f.title(), text -> contains(root.get("title"), text));
            add(all, f.mapType(), text -> contains(root.get("mapType"), text));
            add(all, f.survey(), text -> cb.equal(cb.upper(root.get("survey")), text.toUpperCase(Locale.ROOT)));
            add(all, f.region(), this::region);
            add(all, f.variable(), text -> datasetHasVariable(v -> cb.or(contains(v.get("name"), text),
                    contains(v.get("label"), text))));
            add(all, f.characteristic(), text -> datasetHasVariable(v -> contains(v.get("characteristic"), text)));
            if (f.mapYear() != null) {
                all.add(ofYear(ProductType.WILKERSTAT_MAP, f.mapYear()));
            }
            if (f.dataYear() != null) {
                all.add(ofYear(ProductType.MICRODATA, f.dataYear()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        }

        private static void add(List<Predicate> all, String text, Function<String, Predicate> predicate) {
            if (text != null && !text.isBlank()) {
                all.add(predicate.apply(text.trim()));
            }
        }

        private Predicate ofYear(ProductType type, int year) {
            return cb.and(cb.equal(root.get("type"), type), cb.equal(root.get("year"), year));
        }

        private Predicate area(String codeColumn, String nameColumn, String text) {
            return cb.or(cb.equal(root.get(codeColumn), text), contains(root.get(nameColumn), text));
        }

        /** A region is the product's province or regency, or one of a dataset's regions. */
        private Predicate region(String text) {
            Subquery<String> regions = query.subquery(String.class);
            Root<Dataset> dataset = regions.from(Dataset.class);
            Join<Dataset, DatasetRegion> region = dataset.join("regions");
            regions.select(dataset.get("productCode")).where(
                    cb.equal(dataset.get("productCode"), root.get("code")),
                    cb.or(cb.equal(region.get("code"), text), contains(region.get("name"), text)));
            return cb.or(area("provinceCode", "provinceName", text), area("regencyCode", "regencyName", text),
                    cb.exists(regions));
        }

        private Predicate datasetHasVariable(Function<Join<Dataset, DatasetVariable>, Predicate> condition) {
            Subquery<String> variables = query.subquery(String.class);
            Root<Dataset> dataset = variables.from(Dataset.class);
            Join<Dataset, DatasetVariable> variable = dataset.join("variables");
            variables.select(dataset.get("productCode")).where(
                    cb.equal(dataset.get("productCode"), root.get("code")), condition.apply(variable));
            return cb.exists(variables);
        }

        private Predicate contains(Expression<String> column, String text) {
            String escaped = text.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return cb.like(cb.lower(column), "%" + escaped + "%", ESCAPE);
        }
    }
}
