package id.go.bps.pst.catalog;

/**
 * The filters of the Silastik catalogue (seed 002), each optional (null or blank means "any"). Text filters are
 * case-insensitive; {@code province}, {@code regency} and {@code region} match a BPS code exactly or a name by
 * "contains". {@code mapYear} selects maps and {@code dataYear} microdata of that year. {@code variable} matches a
 * variable's name or label, {@code characteristic} its topic (e.g. {@code demografi}, {@code ketenagakerjaan}).
 */
public record ProductQuery(ProductType type, String province, String regency, String title, String mapType,
                           Integer mapYear, String region, String survey, Integer dataYear, String variable,
                           String characteristic) {

    /** No filter: the whole catalogue. */
    public static ProductQuery all() {
        return new ProductQuery(null, null, null, null, null, null, null, null, null, null, null);
    }
}
