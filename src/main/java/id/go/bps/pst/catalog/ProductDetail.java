package id.go.bps.pst.catalog;

/** Everything the catalogue knows of one product; {@code microdata} only for a microdata dataset. */
public record ProductDetail(String code, ProductType type, String title, String description, int year,
                            String officeCode, Area province, Area regency, Integer pages, Long fileSizeBytes,
                            String mapType, MapLevel mapLevel, String survey, MicrodataView microdata) {
}
