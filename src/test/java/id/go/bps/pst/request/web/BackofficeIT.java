package id.go.bps.pst.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.Documents;

/** The officers' request page that every Tasklist form links to. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BackofficeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Documents documents;
    @Value("${pst.staff.demo-password}")
    String staffPassword;
    @Value("${pst.customer.demo-password}")
    String customerPassword;

    String number;

    @BeforeEach
    void aRequestOfJawaTengah() throws Exception {
        number = JsonPath.read(mvc.perform(post("/api/requests")
                .with(httpBasic(RequestApiIT.PRIVATE, customerPassword)).contentType(MediaType.APPLICATION_JSON)
                .content(RequestApiIT.SUSENAS_CART)).andReturn().getResponse().getContentAsString(), "$.number");
    }

    @Test
    void officerOfTheOffice_seesTheRequestAndItsCustomer() throws Exception {
        mvc.perform(get("/backoffice/requests/" + number).with(httpBasic("petugas3300", staffPassword)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("budi@contoh.co.id")))
                .andExpect(content().string(containsString("MD-SUSENAS-2024-03")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void staffOfAnotherOffice_andStrangers_seeNothing() throws Exception {
        mvc.perform(get("/backoffice/requests/" + number).with(httpBasic("petugas7500", staffPassword)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/backoffice/requests/" + number)).andExpect(status().isUnauthorized());
        mvc.perform(get("/backoffice/requests/" + number).with(httpBasic(RequestApiIT.PRIVATE, customerPassword)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void officerUploadsAProductFile_withTheFormsCsrfToken() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "produk.csv", "text/csv",
                "R101,R407\n33,25\n".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/backoffice/requests/" + number + "/documents").file(file)
                        .param("type", "PRODUCT_FILE").with(httpBasic("petugas3300", staffPassword)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/backoffice/requests/" + number + "/documents").file(file)
                        .param("type", "PRODUCT_FILE").with(httpBasic("petugas3300", staffPassword)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/backoffice/requests/" + number));

        assertThat(documents.list(number)).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.PRODUCT_FILE);
            assertThat(d.fileName()).isEqualTo("produk.csv");
            assertThat(d.createdBy().id()).isEqualTo("petugas3300");
        });
    }
}
