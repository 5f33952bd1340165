package id.go.bps.pst.catalog;

/**
 * What other modules (quotes, requests) need to know of a product: its kind and the quantities a tariff is based on.
 *
 * @param pages         page count, for publications; null otherwise
 * @param mapLevel      for maps; null otherwise
 * @param fullSizeBytes size of the full product file in bytes (microdata fullset, publication PDF, map file)
 */
public record ProductFacts(String code, ProductType type, String title, Integer pages, MapLevel mapLevel,
                           long fullSizeBytes) {
}
