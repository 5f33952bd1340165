package id.go.bps.pst.tariff;

import id.go.bps.pst.catalog.Catalog;
import id.go.bps.pst.catalog.MapLevel;
import id.go.bps.pst.catalog.ProductFacts;
import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.platform.ApiProblem;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogue in memory with a few of the demo products. Microdata size follows the brief's model: bytes per record
 * of the chosen variables × records of the chosen regions (all when none are chosen).
 */
class FakeCatalog extends Catalog {

    /** Susenas: R101 2 bytes, R407 2 bytes, R405 1 byte per record; regions 33 with 400,000 and 75 with 100,000. */
    static final Map<String, Long> SUSENAS_VARIABLES = Map.of("R101", 2L, "R407", 2L, "R405", 1L);
    static final Map<String, Long> SUSENAS_REGIONS = Map.of("33", 400_000L, "75", 100_000L);

    private final Map<String, ProductFacts> products = new HashMap<>();

    FakeCatalog() {
        super(null);
        add("PUB-STATIN-2025", ProductType.ELECTRONIC_PUBLICATION, "Statistik Indonesia 2025", 782, null);
        add("PUB-1906-KESRA-2025", ProductType.ELECTRONIC_PUBLICATION,
                "Statistik Kesejahteraan Rakyat Kabupaten Belitung Timur 2025", 50, null);
        add("PUB-NO-PAGES", ProductType.ELECTRONIC_PUBLICATION, "Publikasi tanpa jumlah halaman", null, null);
        add("PRT-STATIN-2025", ProductType.PRINTED_PUBLICATION, "Statistik Indonesia 2025 (cetak)", 782, null);
        add("MD-SUSENAS-2024-03", ProductType.MICRODATA, "Susenas Maret 2024", null, null);
        add("MD-SAKERNAS-2025-08", ProductType.MICRODATA, "Sakernas Agustus 2025", null, null);
        add("MAP-ID-KEC-2024", ProductType.WILKERSTAT_MAP, "Peta Indonesia per Kecamatan 2024", null,
                MapLevel.NATIONAL_BY_DISTRICT);
        add("MAP-1906-DESA-2024", ProductType.WILKERSTAT_MAP, "Peta Belitung Timur per Desa 2024", null,
                MapLevel.REGENCY_BY_VILLAGE);
    }

    private void add(String code, ProductType type, String title, Integer pages, MapLevel level) {
        products.put(code, new ProductFacts(code, type, title, pages, level, 5_000_000));
    }

    @Override
    public Optional<ProductFacts> facts(String code) {
        return Optional.ofNullable(products.get(code));
    }

    @Override
    public long estimateBytes(String code, Set<String> variables, Set<String> regions) {
        return sum(SUSENAS_VARIABLES, variables) * sum(SUSENAS_REGIONS, regions);
    }

    private static long sum(Map<String, Long> sizes, Set<String> chosen) {
        if (chosen.isEmpty()) {
            return sizes.values().stream().mapToLong(Long::longValue).sum();
        }
        return chosen.stream().mapToLong(name -> Optional.ofNullable(sizes.get(name)).orElseThrow(
                () -> ApiProblem.badRequest("catalog.unknownName", "Tidak dikenal: " + name, "Unknown: " + name)))
                .sum();
    }
}
