package id.go.bps.pst.portal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's chain sits beside the others: customers log in with a form (staff may not), every form needs its
 * CSRF token, the customer API keeps HTTP Basic and stays stateless, and the pages speak the chosen language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PortalSecurityIT {

    @Autowired
    MockMvc mvc;

    @Test
    void transactions_needACustomer_andSendOthersToTheLoginPage() throws Exception {
        mvc.perform(get("/transaksi")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/masuk"));
        mvc.perform(get("/katalog")).andExpect(status().isOk());
    }

    @Test
    void customerFormLogin_opensTransactions_staffAreRefused() throws Exception {
        mvc.perform(post("/masuk").with(csrf()).param("email", "budi@contoh.co.id").param("password", "demo"))
                .andExpect(redirectedUrl("/transaksi"));
        mvc.perform(post("/masuk").with(csrf()).param("email", "petugas3300").param("password", "demo"))
                .andExpect(redirectedUrl("/masuk"));
        mvc.perform(post("/masuk").param("email", "budi@contoh.co.id").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherCustomersRequest_isNotFound_asAPage() throws Exception {
        String number = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/requests")
                .with(httpBasic("budi@contoh.co.id", "demo")).contentType("application/json")
                .content("{\"officeCode\":\"3300\",\"purpose\":\"RESEARCH\",\"items\":[{\"productCode\":"
                        + "\"PUB-STATIN-2025\"}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        var sari = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("sari@mail.ugm.ac.id").roles("CUSTOMER");

        mvc.perform(get("/transaksi/" + number).with(sari)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("tidak ditemukan")));
        mvc.perform(get("/transaksi/" + number).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("budi@contoh.co.id").roles("CUSTOMER")))
                .andExpect(status().isOk());
    }

    @Test
    void customerApi_keepsHttpBasic() throws Exception {
        mvc.perform(get("/api/requests").with(httpBasic("budi@contoh.co.id", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/requests")).andExpect(status().isUnauthorized());
    }

    @Test
    void registration_withoutCsrfToken_isRefused() throws Exception {
        mvc.perform(post("/daftar").param("email", "x@contoh.id")).andExpect(status().isForbidden());
    }

    @Test
    void pages_areIndonesianByDefault_andEnglishOnRequest() throws Exception {
        mvc.perform(get("/katalog")).andExpect(content().string(org.hamcrest.Matchers.containsString(
                "Katalog produk statistik")));
        mvc.perform(get("/katalog").param("lang", "en")).andExpect(content().string(org.hamcrest.Matchers
                .containsString("Catalogue of statistical products")));
    }
}
