package id.go.bps.pst.tariff.web;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.go.bps.pst.catalog.Catalog;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * POST /api/quotes against the seeded PP 13/2024 schedule, the demo catalogue and the deployed DMN rules. Error
 * codes: {@code validation} (Bean Validation) and {@code body.unreadable} (Jackson) come from the platform's
 * ApiErrorHandler; {@code tariff.*} from this module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class QuoteApiIT {

    private static final String MIXED_ITEMS = """
            [{"productCode":"PUB-STATIN-2025"},
             {"productCode":"MD-SUSENAS-2024-03","variables":["R101","R407"],"regions":["33"],"processed":false},
             {"productCode":"MD-SAKERNAS-2025-08","bytes":2500000,"processed":true},
             {"productCode":"MAP-1906-DESA-2024"}]""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    private ResultActions quote(String json) throws Exception {
        return mvc.perform(post("/api/quotes").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String cart(String segment, String purpose, boolean abroad, String items) {
        return """
                {"segment":"%s","purpose":"%s","abroad":%s,"date":"2026-11-21","items":%s}"""
                .formatted(segment, purpose, abroad, items);
    }

    /** PP 13/2024 raw microdata, written out here rather than calling the calculator under test. */
    private static long rawMicrodataAmount(long bytes) {
        long beyond = Math.max(0, bytes - 1_000_000);
        return 20_000 + (beyond + 999) / 1_000 * 20;
    }

    private long susenasBytes() {
        return catalog.estimateBytes("MD-SUSENAS-2024-03", Set.of("R101", "R407"), Set.of("33"));
    }

    @Test
    void privateResearchMixedCart_pricesEveryLineExactly() throws Exception {
        long susenas = rawMicrodataAmount(susenasBytes());
        long total = 275_000 + susenas + 55_000 + 70_000;

        quote(cart("PRIVATE", "RESEARCH", false, MIXED_ITEMS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].tariffLineCode").value("PUB-ELEC"))
                .andExpect(jsonPath("$.lines[0].quantity").value(782))
                .andExpect(jsonPath("$.lines[0].unit").value("PAGE"))
                .andExpect(jsonPath("$.lines[0].chargedAmount").value(275_000))
                .andExpect(jsonPath("$.lines[0].title").value("Statistik Indonesia 2025"))
                .andExpect(jsonPath("$.lines[1].tariffLineCode").value("MD-RAW"))
                .andExpect(jsonPath("$.lines[1].quantity").value(susenasBytes()))
                .andExpect(jsonPath("$.lines[1].chargedAmount").value(susenas))
                .andExpect(jsonPath("$.lines[2].tariffLineCode").value("MD-PROC"))
                .andExpect(jsonPath("$.lines[2].chargedAmount").value(55_000))
                .andExpect(jsonPath("$.lines[3].tariffLineCode").value("MAP-KAB-DESA"))
                .andExpect(jsonPath("$.lines[3].productType").value("WILKERSTAT_MAP"))
                .andExpect(jsonPath("$.lines[3].chargedAmount").value(70_000))
                .andExpect(jsonPath("$.total").value(total))
                .andExpect(jsonPath("$.listTotal").value(total))
                .andExpect(jsonPath("$.currency").value("IDR"))
                .andExpect(jsonPath("$.regulation.code").value("PP-13-2024"))
                .andExpect(jsonPath("$.regulation.name").value("PP No. 13 Tahun 2024"))
                .andExpect(jsonPath("$.zeroRupiah.eligible").value(false))
                .andExpect(jsonPath("$.documentsRequired[*].code").value(contains("NPWP", "ABSTRACT", "SPPD")))
                .andExpect(jsonPath("$.documentsRequired[0].name.id").value("NPWP aktif"));
    }

    @Test
    void governmentResearch_isRp0WithZeroRupiahLetter() throws Exception {
        quote(cart("GOVERNMENT_CENTRAL", "STATE_DUTY", false, MIXED_ITEMS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.listTotal").value(275_000 + rawMicrodataAmount(susenasBytes()) + 125_000))
                .andExpect(jsonPath("$.lines[*].chargedAmount").value(contains(0, 0, 0, 0)))
                .andExpect(jsonPath("$.lines[0].listAmount").value(275_000))
                .andExpect(jsonPath("$.zeroRupiah.eligible").value(true))
                .andExpect(jsonPath("$.zeroRupiah.letter").value("ZERO_RUPIAH_LETTER"))
                .andExpect(jsonPath("$.documentsRequired[*].code")
                        .value(containsInAnyOrder("ABSTRACT", "SPPD", "ZERO_RUPIAH_LETTER")));
    }

    @Test
    void stisStudent_isRp0WithDataRequestLetter() throws Exception {
        quote(cart("STIS_STUDENT", "RESEARCH", false, """
                [{"productCode":"MD-PODES-2024"}]"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.zeroRupiah.letter").value("DATA_REQUEST_LETTER"))
                .andExpect(jsonPath("$.documentsRequired[*].code")
                        .value(containsInAnyOrder("ABSTRACT", "SPPD", "DATA_REQUEST_LETTER")));
    }

    @Test
    void privateAbroad_paysAndNeedsNoNpwp() throws Exception {
        quote(cart("PRIVATE", "COMMERCIAL", true, MIXED_ITEMS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(275_000 + rawMicrodataAmount(susenasBytes()) + 125_000))
                .andExpect(jsonPath("$.documentsRequired[*].code").value(not(hasItem("NPWP"))))
                .andExpect(jsonPath("$.documentsRequired[*].code").value(containsInAnyOrder("ABSTRACT", "SPPD")));
    }

    @Test
    void everyMapLevelAndPrintedPublication_usesItsSeededLine() throws Exception {
        quote(cart("INDIVIDUAL", "RESEARCH", false, """
                [{"productCode":"MAP-ID-KEC-2024"},{"productCode":"MAP-ID-DESA-2024"},
                 {"productCode":"MAP-1906-KEC-2024"},{"productCode":"PRT-STATIN-2025"},
                 {"productCode":"PUB-1906-KESRA-2025"}]"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[*].tariffLineCode")
                        .value(contains("MAP-ID-KEC", "MAP-ID-DESA", "MAP-KAB-KEC", "PUB-PRINT", "PUB-ELEC")))
                .andExpect(jsonPath("$.lines[*].chargedAmount")
                        .value(contains(12_000_000, 36_000_000, 30_000, 275_000, 50_000)))
                .andExpect(jsonPath("$.total").value(48_355_000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInput_isRefusedWithTheRightStatus(String name, String body, int status, String code) throws Exception {
        ResultActions result = quote(body).andExpect(status().is(status))
                .andExpect(jsonPath("$.message.id").isNotEmpty())
                .andExpect(jsonPath("$.message.en").isNotEmpty())
                // every Bean Validation key resolves in both languages
                .andExpect(jsonPath("$..errors[*].message.*").value(everyItem(not(containsString("{pst.")))));
        if (code != null) {
            result.andExpect(jsonPath("$.code").value(code));
        }
    }

    static Stream<Arguments> badRequests() {
        String tooMany = IntStream.rangeClosed(1, 51).mapToObj(i -> "{\"productCode\":\"PUB-STATIN-2025\"}")
                .collect(Collectors.joining(",", "[", "]"));
        return Stream.of(
                bad("empty items", cart("PRIVATE", "RESEARCH", false, "[]"), 400, "validation"),
                bad("no items", "{\"segment\":\"PRIVATE\",\"purpose\":\"RESEARCH\"}", 400, "validation"),
                bad("51 items", cart("PRIVATE", "RESEARCH", false, tooMany), 400, "validation"),
                bad("no segment", "{\"purpose\":\"RESEARCH\",\"items\":[{\"productCode\":\"PUB-STATIN-2025\"}]}",
                        400, "validation"),
                bad("blank product code", cart("PRIVATE", "RESEARCH", false, "[{\"productCode\":\" \"}]"),
                        400, "validation"),
                bad("zero pages", cart("PRIVATE", "RESEARCH", false,
                        "[{\"productCode\":\"PUB-STATIN-2025\",\"pages\":0}]"), 400, "validation"),
                bad("zero bytes", cart("PRIVATE", "RESEARCH", false,
                        "[{\"productCode\":\"MD-SUSENAS-2024-03\",\"bytes\":0}]"), 400, "validation"),
                bad("unknown segment", cart("ALIEN", "RESEARCH", false, "[{\"productCode\":\"PUB-STATIN-2025\"}]"),
                        400, "body.unreadable"),
                bad("unknown purpose", cart("PRIVATE", "FUN", false, "[{\"productCode\":\"PUB-STATIN-2025\"}]"),
                        400, "body.unreadable"),
                bad("pages not a number", cart("PRIVATE", "RESEARCH", false,
                        "[{\"productCode\":\"PUB-STATIN-2025\",\"pages\":\"many\"}]"), 400, "body.unreadable"),
                bad("impossible date", "{\"segment\":\"PRIVATE\",\"purpose\":\"RESEARCH\",\"date\":\"2026-13-45\","
                        + "\"items\":[{\"productCode\":\"PUB-STATIN-2025\"}]}", 400, "body.unreadable"),
                bad("broken JSON", "{\"segment\":", 400, "body.unreadable"),
                bad("unknown product", cart("PRIVATE", "RESEARCH", false, "[{\"productCode\":\"PUB-NOPE-1999\"}]"),
                        400, "tariff.unknownProduct"),
                bad("variables on a publication", cart("PRIVATE", "RESEARCH", false,
                        "[{\"productCode\":\"PUB-STATIN-2025\",\"variables\":[\"R101\"]}]"),
                        400, "tariff.fieldNotApplicable"),
                bad("processed map", cart("PRIVATE", "RESEARCH", false,
                        "[{\"productCode\":\"MAP-ID-KEC-2024\",\"processed\":true}]"), 400, "tariff.fieldNotApplicable"),
                bad("unknown variable", cart("PRIVATE", "RESEARCH", false,
                        "[{\"productCode\":\"MD-SUSENAS-2024-03\",\"variables\":[\"NOPE999\"]}]"), 400, null),
                bad("date before any tariff", "{\"segment\":\"PRIVATE\",\"purpose\":\"RESEARCH\","
                        + "\"date\":\"2000-01-01\",\"items\":[{\"productCode\":\"PUB-STATIN-2025\"}]}",
                        422, "tariff.noScheduleInForce"));
    }

    private static Arguments bad(String name, String body, int status, String code) {
        return Arguments.of(name, body, status, code);
    }

    @Test
    void unknownSegment_isExplainedInBothLanguagesWithTheChoices() throws Exception {
        quote(cart("ALIEN", "RESEARCH", false, "[{\"productCode\":\"PUB-STATIN-2025\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message.id").value(containsString("GOVERNMENT_CENTRAL")))
                .andExpect(jsonPath("$.message.en").value(containsString("segment")));
    }

    @Test
    void zeroPages_namesTheFieldOfTheItem() throws Exception {
        quote(cart("PRIVATE", "RESEARCH", false, """
                [{"productCode":"PUB-STATIN-2025"},{"productCode":"PUB-STATIN-2025","pages":0}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[1].pages"));
    }
}
