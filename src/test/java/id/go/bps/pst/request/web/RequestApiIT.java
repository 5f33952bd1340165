package id.go.bps.pst.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import id.go.bps.pst.platform.Problems;

/** The customer API of requests, before the process: create, list, read, ownership, bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RequestApiIT {

    static final String PRIVATE = "budi@contoh.co.id";
    static final String GOVERNMENT = "dinas.statistik@jatengprov.go.id";
    static final String UNIVERSITY = "sari@mail.ugm.ac.id";
    static final String ABROAD = "researcher@example.edu.au";
    static final String SUSENAS_CART = """
            {"officeCode":"3300","purpose":"RESEARCH","items":[{"productCode":"PUB-STATIN-2025"},
             {"productCode":"MD-SUSENAS-2024-03","variables":["R101","R407"],"regions":["33"]}]}""";

    @Autowired
    MockMvc mvc;
    @Value("${pst.customer.demo-password}")
    String password;

    @Test
    void privateCustomer_createsADraft_pricedWithItsDocuments() throws Exception {
        mvc.perform(create(PRIVATE, SUSENAS_CART))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/requests/PST-3300-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.number").value(matchesPattern("PST-3300-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.statusLabel.id").isNotEmpty())
                .andExpect(jsonPath("$.statusLabel.en").isNotEmpty())
                .andExpect(jsonPath("$.totalAmount").value(295_000))
                .andExpect(jsonPath("$.needsAgreement").value(true))
                .andExpect(jsonPath("$.zeroRupiah").value(false))
                .andExpect(jsonPath("$.lines[1].variables").value("R101,R407"))
                .andExpect(jsonPath("$.requiredDocuments").value(containsInAnyOrder("NPWP", "ABSTRACT", "SPPD")));
    }

    @Test
    void governmentCustomer_getsRp0_andNeedsTheLetter() throws Exception {
        mvc.perform(create(GOVERNMENT, SUSENAS_CART.replace("RESEARCH", "STATE_DUTY")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.zeroRupiah").value(true))
                .andExpect(jsonPath("$.totalAmount").value(0))
                .andExpect(jsonPath("$.listTotal").value(295_000))
                .andExpect(jsonPath("$.requiredDocuments").value(
                        containsInAnyOrder("ZERO_RUPIAH_LETTER", "ABSTRACT", "SPPD")));
    }

    @Test
    void customerAbroad_isMarkedAbroad_andNeedsNoNpwp() throws Exception {
        mvc.perform(create(ABROAD, SUSENAS_CART))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.abroad").value(true))
                .andExpect(jsonPath("$.requiredDocuments").value(containsInAnyOrder("ABSTRACT", "SPPD")));
    }

    @Test
    void myTransactions_listMine_andNobodyElseSeesThem() throws Exception {
        String number = number(mvc.perform(create(UNIVERSITY, SUSENAS_CART)).andReturn().getResponse()
                .getContentAsString());

        mvc.perform(get("/api/requests").with(as(UNIVERSITY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].number").value(hasItem(number)));
        mvc.perform(get("/api/requests/" + number).with(as(UNIVERSITY)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value(number));
        Problems.of(mvc, get("/api/requests/" + number).with(as(PRIVATE))).is(404, "request.not-found");
        String theirs = mvc.perform(get("/api/requests").with(as(PRIVATE))).andReturn().getResponse()
                .getContentAsString();
        assertThat(theirs).doesNotContain(number);
    }

    @Test
    void staffAndStrangers_cannotUseTheCustomerApi() throws Exception {
        mvc.perform(get("/api/requests")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/requests").with(httpBasic("petugas3300", password))).andExpect(status().isForbidden());
        mvc.perform(get("/api/requests").with(httpBasic("nobody@example.org", "wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void actionOnADraft_isAConflictNamingWhatIsPossible() throws Exception {
        String number = number(mvc.perform(create(PRIVATE, SUSENAS_CART)).andReturn().getResponse()
                .getContentAsString());

        Problems.of(mvc, post("/api/requests/" + number + "/acceptance").with(as(PRIVATE)))
                .is(409, "request.action.not-now");
    }

    @Test
    void badCarts_areRefusedWithAReason() throws Exception {
        Problems.of(mvc, create(PRIVATE, "{\"purpose\":\"RESEARCH\",\"items\":[{\"productCode\":\"PUB-STATIN-2025\"}]}"))
                .is(400, "validation");
        Problems.of(mvc, create(PRIVATE, SUSENAS_CART.replace("\"3300\"", "\"9999\"")))
                .is(400, "request.office.unknown");
        Problems.of(mvc, create(PRIVATE, SUSENAS_CART.replace("PUB-STATIN-2025", "PUB-NOPE")))
                .is(400, "tariff.unknownProduct");
        Problems.of(mvc, create(PRIVATE, "{\"officeCode\":\"3300\",\"purpose\":\"RESEARCH\",\"items\":[]}"))
                .is(400, "validation");
        Problems.of(mvc, post("/api/requests/PST-3300-2026-999999/rating").with(as(PRIVATE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":9}")).is(400, "validation");
    }

    @Test
    void concurrentRequests_getDistinctConsecutiveNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            created.add(pool.submit(() -> number(mvc.perform(create(PRIVATE,
                    SUSENAS_CART.replace("\"3300\"", "\"7571\""))).andReturn().getResponse().getContentAsString())));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : created) {
            numbers.add(f.get());
        }
        pool.shutdown();

        assertThat(new HashSet<>(numbers)).hasSize(10);
        List<Integer> serials = new ArrayList<>(numbers.stream()
                .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).toList());
        Collections.sort(serials);
        assertThat(serials.get(9) - serials.get(0)).isEqualTo(9);
    }

    private MockHttpServletRequestBuilder create(String customer, String json) {
        return post("/api/requests").with(as(customer)).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private RequestPostProcessor as(String customer) {
        return httpBasic(customer, password);
    }

    private static String number(String json) {
        return JsonPath.read(json, "$.number");
    }
}
