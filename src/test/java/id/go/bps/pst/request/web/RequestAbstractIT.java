package id.go.bps.pst.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import id.go.bps.pst.platform.Problems;

/**
 * The data-use abstract typed with a cart (issue 6): kept with the request, shown in its detail and on the officers'
 * page, validated field by field; for a microdata request it stands for the uploaded abstract at submission.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RequestAbstractIT {

    static final String ABSTRACT = """
            "abstractFields":{"title":"Kemiskinan rumah tangga Jawa Tengah %s",
             "background":"Mengukur determinan kemiskinan untuk skripsi.",
             "methodology":"Regresi logistik tingkat rumah tangga.",
             "dataRationale":"R101 dan R407 di wilayah 33: provinsi dan umur kepala rumah tangga.",
             "expectedOutput":"Skripsi S1."}""";

    @Autowired
    MockMvc mvc;
    @Value("${pst.customer.demo-password}")
    String customerPassword;
    @Value("${pst.staff.demo-password}")
    String staffPassword;

    @Test
    void microdataCart_withTheAbstractTyped_keepsIt_andSubmitsWithoutTheAbstractFile() throws Exception {
        String unique = String.valueOf(System.nanoTime());
        String title = "Kemiskinan rumah tangga Jawa Tengah " + unique;
        String number = number(mvc.perform(create(RequestApiIT.ABROAD, cartWith(unique)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.abstractFields.title").value(title))
                .andExpect(jsonPath("$.abstractFields.dataRationale").value(containsString("R407")))
                .andReturn().getResponse().getContentAsString());

        mvc.perform(get("/api/requests/" + number).with(as(RequestApiIT.ABROAD)))
                .andExpect(jsonPath("$.abstractFields.title").value(title))
                .andExpect(jsonPath("$.abstractFields.expectedOutput").value("Skripsi S1."));
        mvc.perform(post("/api/requests/" + number + "/submit").with(as(RequestApiIT.ABROAD)))
                .andExpect(status().isAccepted());
        mvc.perform(get("/backoffice/requests/" + number).with(httpBasic("petugas3300", staffPassword)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Regresi logistik tingkat rumah tangga.")));
    }

    @Test
    void microdataCart_withoutAbstract_needsTheAbstractFileAtSubmission() throws Exception {
        String number = number(mvc.perform(create(RequestApiIT.ABROAD, RequestApiIT.SUSENAS_CART))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.abstractFields").doesNotExist())
                .andReturn().getResponse().getContentAsString());

        Problems missing = Problems.of(mvc, post("/api/requests/" + number + "/submit").with(as(RequestApiIT.ABROAD)))
                .is(409, "request.documents.missing");
        assertThat(missing.english()).contains("Data-use abstract", "abstractFields");
        assertThat(missing.indonesian()).contains("Abstraksi penggunaan data", "abstractFields");
        mvc.perform(get("/backoffice/requests/" + number).with(httpBasic("petugas3300", staffPassword)))
                .andExpect(content().string(containsString("Pelanggan tidak mengetik abstraksi")));
    }

    @Test
    void incompleteOrOverlongAbstract_isRefused_fieldByField_inBothLanguages() throws Exception {
        String noMethod = cartWith("x").replace("\"methodology\":\"Regresi logistik tingkat rumah tangga.\",", "");
        Problems.of(mvc, create(RequestApiIT.PRIVATE, noMethod)).is(400, "validation");
        mvc.perform(create(RequestApiIT.PRIVATE, noMethod))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("abstractFields.methodology")))
                .andExpect(jsonPath("$.errors[0].message.id").value(containsString("metodologi")))
                .andExpect(jsonPath("$.errors[0].message.en").value(containsString("methodology")));

        String overlong = cartWith("x".repeat(300));
        mvc.perform(create(RequestApiIT.PRIVATE, overlong))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("abstractFields.title")))
                .andExpect(jsonPath("$.errors[0].message.en").value(containsString("300")));
    }

    @Test
    void publicationCart_needsNoAbstract() throws Exception {
        mvc.perform(create(RequestApiIT.PRIVATE,
                        "{\"officeCode\":\"3300\",\"purpose\":\"RESEARCH\",\"items\":[{\"productCode\":\"PUB-STATIN-2025\"}]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.abstractFields").doesNotExist());
    }

    @Test
    void openApi_describesTheAbstractFields() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.NewSaleRequest.properties.abstractFields").exists())
                .andExpect(jsonPath("$.components.schemas.AbstractFields.properties.dataRationale.maxLength")
                        .value(4000))
                .andExpect(jsonPath("$.components.schemas.RequestDetail.properties.abstractFields").exists());
    }

    private static String cartWith(String titleSuffix) {
        return RequestApiIT.SUSENAS_CART.replace("\"items\":", ABSTRACT.formatted(titleSuffix) + ",\"items\":");
    }

    private MockHttpServletRequestBuilder create(String customer, String json) {
        return post("/api/requests").with(as(customer)).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String customer) {
        return httpBasic(customer, customerPassword);
    }

    private static String number(String json) {
        return JsonPath.read(json, "$.number");
    }
}
