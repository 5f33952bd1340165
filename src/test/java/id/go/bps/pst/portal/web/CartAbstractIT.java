package id.go.bps.pst.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The cart form asks for the data-use abstract when the quote does (microdata, maps): labelled fields, a message
 * next to each one left out, in the page's language, everything typed kept when the form is shown again; the
 * request keeps what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CartAbstractIT {

    static final String RESEARCHER = "researcher@example.edu.au";

    @Autowired
    MockMvc mvc;
    @Value("${pst.customer.demo-password}")
    String customerPassword;

    MockHttpSession session = new MockHttpSession();
    RequestPostProcessor researcher = user(RESEARCHER).roles("CUSTOMER");
    String title = "Migrasi internal Jawa Tengah " + System.nanoTime();

    @BeforeEach
    void aSusenasSetInTheCart() throws Exception {
        mvc.perform(post("/katalog/MD-SUSENAS-2024-03/keranjang").session(session).with(researcher).with(csrf())
                        .param("variables", "R101", "R407").param("regions", "33"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void microdataCart_showsTheAbstractFields_withLabels() throws Exception {
        mvc.perform(get("/keranjang").param("purpose", "RESEARCH").session(session).with(researcher))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Abstraksi penggunaan data</legend>")))
                .andExpect(content().string(containsString("<label for=\"abstract-title\">Judul penelitian atau kegiatan</label>")))
                .andExpect(content().string(containsString("<label for=\"abstract-dataRationale\">Variabel dan wilayah yang dipakai, serta alasannya</label>")));
    }

    @Test
    void missingAbstractFields_areNamedNextToEachField_andWhatWasTypedIsKept() throws Exception {
        mvc.perform(form().param("title", title).param("methodology", "Model gravitasi <migrasi> & regresi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"abstract-background-error\"")))
                .andExpect(content().string(containsString("Jelaskan latar belakang dan tujuan")))
                .andExpect(content().string(containsString("id=\"abstract-dataRationale-error\"")))
                .andExpect(content().string(containsString("id=\"abstract-expectedOutput-error\"")))
                .andExpect(content().string(not(containsString("id=\"abstract-title-error\""))))
                .andExpect(content().string(containsString("value=\"" + title + "\"")))
                .andExpect(content().string(containsString(">Model gravitasi &lt;migrasi&gt; &amp; regresi</textarea>")));

        mvc.perform(form().param("lang", "en").param("title", title))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Describe the background and objective")))
                .andExpect(content().string(containsString("Title of the research or activity")));
    }

    @Test
    void completeAbstract_isSubmitted_andKeptWithTheRequest() throws Exception {
        String location = mvc.perform(form().param("title", title)
                        .param("background", "Memahami pola migrasi antarkabupaten.")
                        .param("methodology", "Model gravitasi.")
                        .param("dataRationale", "R101 dan R407 di wilayah 33: asal dan umur migran.")
                        .param("expectedOutput", "Tesis S2."))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/transaksi/PST-3300-\\d{4}-\\d{6}\\?diajukan");
        String number = location.substring("/transaksi/".length(), location.indexOf('?'));

        mvc.perform(get("/api/requests/" + number).with(httpBasic(RESEARCHER, customerPassword)))
                .andExpect(jsonPath("$.abstractFields.title").value(title))
                .andExpect(jsonPath("$.abstractFields.expectedOutput").value("Tesis S2."));
    }

    private MockMultipartHttpServletRequestBuilder form() {
        MockMultipartFile pdf = new MockMultipartFile("ABSTRACT", "abstraksi.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        MockMultipartHttpServletRequestBuilder form = multipart("/keranjang/ajukan").file(pdf);
        form.session(session).with(researcher).with(csrf()).param("purpose", "RESEARCH").param("officeCode", "3300");
        return form;
    }
}
