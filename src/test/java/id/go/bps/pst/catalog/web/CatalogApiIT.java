package id.go.bps.pst.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import id.go.bps.pst.platform.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CatalogApiIT {

    private static final String PRODUCTS = "/api/catalog/products";

    @Autowired
    MockMvc mvc;

    @Test
    void listWithoutFilters_firstPageOf20WithTotals_noLoginNeeded() throws Exception {
        String body = mvc.perform(get(PRODUCTS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page", is(0)))
                .andExpect(jsonPath("$.size", is(20)))
                .andExpect(jsonPath("$.items", hasSize(20)))
                .andReturn().getResponse().getContentAsString();

        int total = JsonPath.read(body, "$.totalItems");
        int pages = JsonPath.read(body, "$.totalPages");
        assertThat(total).isGreaterThanOrEqualTo(60);
        assertThat(pages).isEqualTo((total + 19) / 20);
    }

    @Test
    void lastPage_holdsTheRemainder() throws Exception {
        String first = mvc.perform(get(PRODUCTS).param("size", "7")).andReturn().getResponse().getContentAsString();
        int total = JsonPath.read(first, "$.totalItems");
        int last = (int) JsonPath.read(first, "$.totalPages") - 1;

        mvc.perform(get(PRODUCTS).param("size", "7").param("page", String.valueOf(last)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page", is(last)))
                .andExpect(jsonPath("$.totalItems", is(total)))
                .andExpect(jsonPath("$.items", hasSize(total - last * 7)));
    }

    @Test
    void pagingThroughAll_visitsEveryProductOnce_inTypeOrder() throws Exception {
        List<String> codes = new ArrayList<>();
        List<String> types = new ArrayList<>();
        int total = 0;
        for (int page = 0; page == 0 || codes.size() < total; page++) {
            String body = mvc.perform(get(PRODUCTS).param("size", "9").param("page", String.valueOf(page)))
                    .andReturn().getResponse().getContentAsString();
            total = JsonPath.read(body, "$.totalItems");
            List<String> pageCodes = JsonPath.read(body, "$.items[*].code");
            assertThat(pageCodes).isNotEmpty();
            codes.addAll(pageCodes);
            types.addAll(JsonPath.read(body, "$.items[*].type"));
        }

        assertThat(codes).hasSize(total).doesNotHaveDuplicates();
        assertThat(types).isSorted();
    }

    @ParameterizedTest(name = "[{index}] {0}={1} has {2}, not {3}")
    @CsvSource({
            "type,           MICRODATA,            MD-SUSENAS-2024-03,  PUB-STATIN-2025",
            "type,           printed_publication,  PRT-STATIN-2025,     PUB-STATIN-2025",
            "province,       33,                   PUB-3300-DDA-2025,   PUB-7500-DDA-2025",
            "province,       gorontalo,            PUB-7500-DDA-2025,   PUB-3300-DDA-2025",
            "regency,        1906,                 PUB-1906-KESRA-2025, PUB-1900-DDA-2025",
            "regency,        kota semarang,        PUB-3374-DDA-2025,   PUB-3302-DDA-2025",
            "title,          STATISTIK INDONESIA,  PRT-STATIN-2025,     PUB-3300-DDA-2025",
            "title,          kesejahteraan,        PUB-1906-KESRA-2025, PUB-1906-DDA-2025",
            "mapType,        Peta Wilkerstat Desa, MAP-1906-DESA-2024,  MAP-1906-KEC-2024",
            "mapType,        blok sensus,          MAP-3374-BS-2024,    MAP-3374-DESA-2024",
            "mapYear,        2023,                 MAP-1906-KEC-2023,   MAP-1906-KEC-2024",
            "mapYear,        2024,                 MAP-ID-DESA-2024,    PUB-STATIN-2024",
            "region,         1906,                 MAP-1906-KEC-2024,   MAP-7571-KEC-2024",
            "region,         75,                   MD-SUSENAS-2024-03,  MD-SUPAS-2015",
            "region,         papua,                MD-SUPAS-2015,       MD-SE2016-UMK",
            "survey,         sakernas,             MD-SAKERNAS-2025-08, MD-SUSENAS-2024-03",
            "dataYear,       2024,                 MD-SUSENAS-2024-03,  PUB-STATIN-2024",
            "variable,       R407,                 MD-SUSENAS-2024-03,  MD-PODES-2024",
            "variable,       upah,                 MD-SAKERNAS-2025-08, MD-SUSENAS-2024-03",
            "characteristic, ketenagakerjaan,      MD-SAKERNAS-2025-02, MD-PODES-2024",
            "characteristic, pertanian,            MD-ST2023-UTP,       MD-SUSENAS-2024-03"})
    void eachFilter_keepsMatchingProductsOnly(String filter, String value, String kept, String dropped)
            throws Exception {
        mvc.perform(get(PRODUCTS).param(filter, value).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem(kept)))
                .andExpect(jsonPath("$.items[*].code", not(hasItem(dropped))));
    }

    @Test
    void typeFilter_answersOnlyThatType_withTotalsOfTheFilteredSet() throws Exception {
        mvc.perform(get(PRODUCTS).param("type", "WILKERSTAT_MAP").param("size", "100"))
                .andExpect(jsonPath("$.items[*].type", everyItem(is("WILKERSTAT_MAP"))))
                .andExpect(jsonPath("$.items[*].mapLevel", hasItems("NATIONAL_BY_DISTRICT", "REGENCY_BY_VILLAGE")))
                .andExpect(jsonPath("$.totalItems", greaterThan(10)))
                .andExpect(jsonPath("$.totalPages", is(1)));
    }

    @Test
    void filtersCombine_publicationsOfJawaTengahAboutDalamAngka() throws Exception {
        mvc.perform(get(PRODUCTS).param("type", "ELECTRONIC_PUBLICATION").param("province", "33")
                        .param("title", "dalam angka").param("size", "100"))
                .andExpect(jsonPath("$.items[*].code",
                        hasItems("PUB-3300-DDA-2025", "PUB-3300-DDA-2024", "PUB-3374-DDA-2025")))
                .andExpect(jsonPath("$.items[*].code", not(hasItem("PUB-3300-KESRA-2024"))))
                .andExpect(jsonPath("$.items[*].province.code", everyItem(is("33"))));
    }

    @ParameterizedTest(name = "[{index}] title {0}")
    @CsvSource({"100%", "_", "'\\'"})
    void likeWildcardsInText_areTakenLiterally(String title) throws Exception {
        mvc.perform(get(PRODUCTS).param("title", title))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems", is(0)))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void microdataInList_showsTheFullsetSize() throws Exception {
        mvc.perform(get(PRODUCTS).param("survey", "SUSENAS").param("dataYear", "2024"))
                .andExpect(jsonPath("$.items[0].code", is("MD-SUSENAS-2024-03")))
                .andExpect(jsonPath("$.items[0].fileSizeBytes", is(15_590_292)));
    }

    @ParameterizedTest(name = "[{index}] page {0} size {1} -> {2}")
    @CsvSource({"0, 101, catalog.size.invalid", "0, -1, catalog.size.invalid", "0, 0, catalog.size.invalid",
            "-1, 20, catalog.page.invalid"})
    void pagingOutOfRange_isBilingualBadRequest(String page, String size, String code) throws Exception {
        Problems.of(mvc, get(PRODUCTS).param("page", page).param("size", size)).is(400, code);
    }

    @ParameterizedTest(name = "[{index}] {0}={1} -> {2}")
    @CsvSource({"type, BOOK, catalog.type.unknown", "type, peta, catalog.type.unknown",
            "mapYear, duaribu, catalog.year.invalid", "dataYear, 24, catalog.year.invalid"})
    void badFilterValue_isBilingualBadRequestNamingIt(String filter, String value, String code) throws Exception {
        Problems problem = Problems.of(mvc, get(PRODUCTS).param(filter, value)).is(400, code);

        assertThat(problem.indonesian()).contains(value);
        assertThat(problem.english()).contains(value);
    }

    @Test
    void detailOfPublication_hasPagesAndFileSize() throws Exception {
        mvc.perform(get(PRODUCTS + "/PUB-STATIN-2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type", is("ELECTRONIC_PUBLICATION")))
                .andExpect(jsonPath("$.title", is("Statistik Indonesia 2025")))
                .andExpect(jsonPath("$.pages", is(782)))
                .andExpect(jsonPath("$.officeCode", is("0000")))
                .andExpect(jsonPath("$.fileSizeBytes", greaterThan(1_000_000)))
                .andExpect(jsonPath("$.microdata").doesNotExist());
    }

    @Test
    void detailOfMicrodata_hasMetadataDictionaryRequirementsPolicyAndRegions() throws Exception {
        mvc.perform(get(PRODUCTS + "/MD-SUSENAS-2024-03"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type", is("MICRODATA")))
                .andExpect(jsonPath("$.survey", is("SUSENAS")))
                .andExpect(jsonPath("$.microdata.accessPolicy", is("LICENSED")))
                .andExpect(jsonPath("$.microdata.metadata.producer",
                        is("Direktorat Statistik Kesejahteraan Rakyat, BPS")))
                .andExpect(jsonPath("$.microdata.metadata.samplingUnit", is("Rumah tangga")))
                .andExpect(jsonPath("$.microdata.requirements", containsString("SPPD")))
                .andExpect(jsonPath("$.microdata.dataDictionary", hasSize(13)))
                .andExpect(jsonPath("$.microdata.dataDictionary[*].name",
                        hasItems("R101", "R102", "R105", "R405", "R407")))
                .andExpect(jsonPath("$.microdata.dataDictionary[?(@.name == 'R407')].bytesPerRecord", hasItem(2)))
                .andExpect(jsonPath("$.microdata.dataDictionary[?(@.name == 'R407')].characteristic",
                        hasItem("demografi")))
                .andExpect(jsonPath("$.microdata.regions[?(@.code == '33')].name", hasItem("JAWA TENGAH")))
                .andExpect(jsonPath("$.microdata.regions[?(@.code == '75')].name", hasItem("GORONTALO")))
                .andExpect(jsonPath("$.microdata.fullSizeBytes", is(15_590_292)))
                .andExpect(jsonPath("$.fileSizeBytes", is(15_590_292)));
    }

    @Test
    void detailOfMap_hasMapTypeLevelAndRegency() throws Exception {
        mvc.perform(get(PRODUCTS + "/MAP-1906-DESA-2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type", is("WILKERSTAT_MAP")))
                .andExpect(jsonPath("$.mapType", is("Peta Wilkerstat Desa")))
                .andExpect(jsonPath("$.mapLevel", is("REGENCY_BY_VILLAGE")))
                .andExpect(jsonPath("$.year", is(2024)))
                .andExpect(jsonPath("$.regency.code", is("1906")))
                .andExpect(jsonPath("$.regency.name", is("BELITUNG TIMUR")))
                .andExpect(jsonPath("$.province.code", is("19")))
                .andExpect(jsonPath("$.pages").doesNotExist());
    }

    @Test
    void detailOfUnknownCode_isNotFoundProblem() throws Exception {
        Problems problem = Problems.of(mvc, get(PRODUCTS + "/PUB-NOPE-1999")).is(404, "catalog.product.not-found");

        assertThat(problem.indonesian()).contains("PUB-NOPE-1999");
    }
}
