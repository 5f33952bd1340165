package id.go.bps.pst.catalog;

/**
 * A product as a catalogue listing shows it. {@code fileSizeBytes} is the full size for microdata, the file size for
 * publications and maps, and absent for printed publications.
 */
public record ProductSummary(String code, ProductType type, String title, int year, String officeCode, Area province,
                             Area regency, Integer pages, Long fileSizeBytes, String mapType, MapLevel mapLevel,
                             String survey) {
}
