package id.go.bps.pst.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.bps.pst.identifiers.ValidNik;

/** Every kind of bad input answers a problem with a code and Indonesian and English text, never a bare 500. */
class ApiErrorHandlerTest {

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new Probe()).setControllerAdvice(new ApiErrorHandler())
                .setValidator(validator).build();
    }

    @Test
    void apiProblem_isRenderedWithItsStatusCodeAndBothLanguages() throws Exception {
        mvc.perform(get("/probe/problem"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("probe.missing"))
                .andExpect(jsonPath("$.message.id").value("Tidak ada."))
                .andExpect(jsonPath("$.message.en").value("Not there."))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void invalidNikInBody_listsTheFieldInBothLanguages() throws Exception {
        mvc.perform(post("/probe/visitor").contentType(MediaType.APPLICATION_JSON).content("{\"nik\":\"123\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors[0].field").value("nik"))
                .andExpect(jsonPath("$.errors[0].message.id").value(Matchers.containsString("NIK")))
                .andExpect(jsonPath("$.errors[0].message.en").value(Matchers.containsString("NIK")))
                .andExpect(jsonPath("$.errors[0].message.en").value("NIK must have 16 digits; you entered 3."))
                .andExpect(jsonPath("$.errors[0].message.id").value(Matchers.not(Matchers.containsString("{"))));
    }

    @Test
    void messagesDiffer_betweenIndonesianAndEnglish() throws Exception {
        String body = mvc.perform(post("/probe/visitor").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nik\":\"3374011313900001\"}")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        var json = com.jayway.jsonpath.JsonPath.parse(body);
        String id = json.read("$.errors[0].message.id");
        String en = json.read("$.errors[0].message.en");
        org.assertj.core.api.Assertions.assertThat(id).isNotEqualTo(en);
    }

    @Test
    void badDateParameter_saysTheFormat() throws Exception {
        mvc.perform(get("/probe/day").param("from", "21-11-2026"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("parameter.invalid"))
                .andExpect(jsonPath("$.message.en").value(Matchers.containsString("YYYY-MM-DD")))
                .andExpect(jsonPath("$.message.id").value(Matchers.containsString("YYYY-MM-DD")));
    }

    @Test
    void missingParameter_namesIt() throws Exception {
        mvc.perform(get("/probe/day"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("parameter.missing"))
                .andExpect(jsonPath("$.message.en").value("Parameter 'from' is required."));
    }

    @Test
    void unknownEnumInBody_namesTheChoices() throws Exception {
        mvc.perform(post("/probe/kind").contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PURPLE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("body.unreadable"))
                .andExpect(jsonPath("$.message.en").value(Matchers.containsString("[RED, GREEN]")));
    }

    @Test
    void unexpectedFailure_isA500ThatLeaksNothing() throws Exception {
        mvc.perform(get("/probe/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("internal"))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("secret"))));
    }

    enum Kind { RED, GREEN }

    record Visitor(@ValidNik String nik) {
    }

    record KindBody(Kind kind) {
    }

    @RestController
    static class Probe {
        @GetMapping("/probe/problem")
        String problem() {
            throw ApiProblem.notFound("probe.missing", "Tidak ada.", "Not there.");
        }

        @PostMapping("/probe/visitor")
        String visitor(@Valid @RequestBody Visitor visitor) {
            return "ok";
        }

        @GetMapping("/probe/day")
        String day(@RequestParam LocalDate from) {
            return from.toString();
        }

        @PostMapping("/probe/kind")
        String kind(@RequestBody KindBody body) {
            return body.kind().name();
        }

        @GetMapping("/probe/boom")
        String boom() {
            throw new IllegalStateException("secret internals");
        }
    }
}
