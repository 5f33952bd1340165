package id.go.bps.pst.calendar.web;

import id.go.bps.pst.platform.Problems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WorkingDaysApiIT {

    private static final String PATH = "/api/offices/{code}/working-days";

    @Autowired
    MockMvc mvc;

    @Test
    void jawaTengah_oneDayAfter2026_03_17_skipsIdulfitriTo03_25() throws Exception {
        mvc.perform(get(PATH, "3300").param("from", "2026-03-17").param("add", "1"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"office":"3300","from":"2026-03-17","add":1,"date":"2026-03-25"}""", true));
    }

    @ParameterizedTest(name = "{0}: {1} + {2} = {3}")
    @CsvSource(textBlock = """
            7500, 2026-12-23,  1, 2026-12-28
            9400, 2025-03-27, 10, 2025-04-22
            0000, 2025-12-31,  1, 2026-01-02
            1906, 2026-03-18,  0, 2026-03-25
            3300, 2026-03-17,  0, 2026-03-17
            """)
    void seededHolidays_applyToEveryOffice(String office, String from, int add, String expected) throws Exception {
        mvc.perform(get(PATH, office).param("from", from).param("add", String.valueOf(add)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(expected));
    }

    @Test
    void missingFrom_is400() throws Exception {
        Problems.of(mvc, get(PATH, "3300").param("add", "1")).is(HttpStatus.BAD_REQUEST.value(), "calendar.param-required");
    }

    @Test
    void malformedFrom_is400() throws Exception {
        Problems.of(mvc, get(PATH, "3300").param("from", "17-03-2026").param("add", "1")).is(HttpStatus.BAD_REQUEST.value(), "calendar.date-invalid");
        Problems.of(mvc, get(PATH, "3300").param("from", "2026-02-30").param("add", "1")).is(HttpStatus.BAD_REQUEST.value(), "calendar.date-invalid");
    }

    @Test
    void missingAdd_is400() throws Exception {
        Problems.of(mvc, get(PATH, "3300").param("from", "2026-03-17")).is(HttpStatus.BAD_REQUEST.value(), "calendar.param-required");
    }

    @Test
    void nonNumericOrHugeAdd_is400() throws Exception {
        Problems.of(mvc, get(PATH, "3300").param("from", "2026-03-17").param("add", "satu")).is(HttpStatus.BAD_REQUEST.value(), "calendar.number-invalid");
        Problems.of(mvc, get(PATH, "3300").param("from", "2026-03-17").param("add", "99999999999")).is(HttpStatus.BAD_REQUEST.value(), "calendar.number-invalid");
    }

    @Test
    void negativeAdd_is400() throws Exception {
        Problems.of(mvc, get(PATH, "3300").param("from", "2026-03-17").param("add", "-1")).is(HttpStatus.BAD_REQUEST.value(), "calendar.days-out-of-range");
    }

    @Test
    void addAbove3650_is400() throws Exception {
        Problems.of(mvc, get(PATH, "3300").param("from", "2026-03-17").param("add", "3651")).is(HttpStatus.BAD_REQUEST.value(), "calendar.days-out-of-range");
    }

    @Test
    void unknownOffice_is404() throws Exception {
        Problems.of(mvc, get(PATH, "9999").param("from", "2026-03-17").param("add", "1")).is(HttpStatus.NOT_FOUND.value(), "office.not-found");
    }
}
