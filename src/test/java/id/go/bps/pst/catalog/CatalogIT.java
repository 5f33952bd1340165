package id.go.bps.pst.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.bps.pst.platform.ApiProblem;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CatalogIT {

    /** Records of JAWA TENGAH (33) in the demo MD-SUSENAS-2024-03 (data/catalog/regions.csv). */
    private static final long SUSENAS_2024_03_RECORDS_33 = 101_236;

    @Autowired
    Catalog catalog;

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            PUB-STATIN-2025     | ELECTRONIC_PUBLICATION | Statistik Indonesia 2025 | 782 | -
            PUB-3300-DDA-2025   | ELECTRONIC_PUBLICATION | Provinsi Jawa Tengah Dalam Angka 2025 | 412 | -
            PUB-1906-KESRA-2025 | ELECTRONIC_PUBLICATION | Statistik Kesejahteraan Rakyat Kabupaten Belitung Timur 2025 | 50 | -
            PRT-STATIN-2025     | PRINTED_PUBLICATION    | Statistik Indonesia 2025 (cetak) | 782 | -
            MD-SUSENAS-2024-03  | MICRODATA              | Survei Sosial Ekonomi Nasional (Susenas) Maret 2024 | - | -
            MD-SAKERNAS-2025-08 | MICRODATA              | Survei Angkatan Kerja Nasional (Sakernas) Agustus 2025 | - | -
            MD-PODES-2024       | MICRODATA              | Pendataan Potensi Desa (Podes) 2024 | - | -
            MAP-ID-KEC-2024     | WILKERSTAT_MAP         | Peta Wilkerstat Indonesia per Kecamatan 2024 | - | NATIONAL_BY_DISTRICT
            MAP-ID-DESA-2024    | WILKERSTAT_MAP         | Peta Wilkerstat Indonesia per Desa 2024 | - | NATIONAL_BY_VILLAGE
            MAP-1906-KEC-2024   | WILKERSTAT_MAP         | Peta Wilkerstat Kabupaten Belitung Timur per Kecamatan 2024 | - | REGENCY_BY_DISTRICT
            MAP-1906-DESA-2024  | WILKERSTAT_MAP         | Peta Wilkerstat Kabupaten Belitung Timur per Desa 2024 | - | REGENCY_BY_VILLAGE
            """)
    void facts_ofTheProductsOtherModulesRelyOn(String code, ProductType type, String title, Integer pages,
                                               MapLevel mapLevel) {
        ProductFacts facts = catalog.facts(code).orElseThrow();

        assertThat(facts).isEqualTo(new ProductFacts(code, type, title, pages, mapLevel, facts.fullSizeBytes()));
        if (type != ProductType.PRINTED_PUBLICATION) {
            assertThat(facts.fullSizeBytes()).isPositive();
        }
    }

    @Test
    void facts_ofUnknownCode_isEmpty() {
        assertThat(catalog.facts("PUB-NOPE-1999")).isEmpty();
        assertThat(catalog.facts(null)).isEmpty();
    }

    @Test
    void estimateBytes_susenasR101R407InJawaTengah_isTheirBytesTimesItsRecords() {
        long bytes = catalog.estimateBytes("MD-SUSENAS-2024-03", Set.of("R101", "R407"), Set.of("33"));

        assertThat(bytes).isEqualTo((2 + 2) * SUSENAS_2024_03_RECORDS_33);
    }

    @Test
    void estimateBytes_withEverything_isTheFullSizeOfTheFacts() {
        long full = catalog.facts("MD-SUSENAS-2024-03").orElseThrow().fullSizeBytes();

        assertThat(catalog.estimateBytes("MD-SUSENAS-2024-03", Set.of(), Set.of())).isEqualTo(full);
        assertThat(catalog.estimateBytes("MD-SUSENAS-2024-03", Set.of("R101"), Set.of())).isLessThan(full);
    }

    @Test
    void estimateBytes_unknownVariable_isBadRequestNamingIt() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class,
                () -> catalog.estimateBytes("MD-SUSENAS-2024-03", Set.of("R101", "X999"), Set.of("33", "99")));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.code()).isEqualTo("catalog.selection.unknown");
        assertThat(problem.text().id()).contains("variabel X999", "wilayah 99").doesNotContain("R101");
        assertThat(problem.text().en()).contains("variables X999", "regions 99");
    }

    @Test
    void estimateBytes_ofPublication_isBadRequest() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class,
                () -> catalog.estimateBytes("PUB-STATIN-2025", Set.of(), Set.of()));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.code()).isEqualTo("catalog.product.not-microdata");
    }

    @Test
    void estimateBytes_ofUnknownProduct_isNotFound() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class,
                () -> catalog.estimateBytes("MD-NOPE-1999", Set.of(), Set.of()));

        assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.code()).isEqualTo("catalog.product.not-found");
    }

    @Test
    void demoCatalogue_hasAtLeast60Products() {
        assertThat(catalog.search(ProductQuery.all(), 0, 1).totalItems()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest
    @EnumSource(ProductType.class)
    void demoCatalogue_hasEveryType(ProductType type) {
        CatalogPage<ProductSummary> page = catalog.search(ofType(type), 0, 100);

        assertThat(page.totalItems()).isGreaterThanOrEqualTo(5);
        assertThat(page.items()).extracting(ProductSummary::type).containsOnly(type);
    }

    @Test
    void demoMicrodata_areOver1MbWith8VariablesAnd3Regions_andListSizesMatchTheFacts() {
        var microdata = catalog.search(ofType(ProductType.MICRODATA), 0, 100).items();

        assertThat(microdata).hasSizeGreaterThanOrEqualTo(10);
        for (ProductSummary summary : microdata) {
            MicrodataView view = catalog.detail(summary.code()).microdata();
            assertThat(view.fullSizeBytes()).as(summary.code()).isGreaterThan(1_000_000);
            assertThat(view.dataDictionary()).as(summary.code()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(view.regions()).as(summary.code()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(summary.fileSizeBytes()).as(summary.code())
                    .isEqualTo(catalog.facts(summary.code()).orElseThrow().fullSizeBytes())
                    .isEqualTo(view.fullSizeBytes());
        }
    }

    @Test
    void demoMaps_nationalAndRegencyLevelsAreAllThere() {
        var levels = catalog.search(ofType(ProductType.WILKERSTAT_MAP), 0, 100).items().stream()
                .map(ProductSummary::mapLevel).distinct().toList();

        assertThat(levels).containsExactlyInAnyOrder(MapLevel.values());
    }

    private static ProductQuery ofType(ProductType type) {
        return new ProductQuery(type, null, null, null, null, null, null, null, null, null, null);
    }
}
