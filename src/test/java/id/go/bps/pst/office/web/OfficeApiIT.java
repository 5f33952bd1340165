package id.go.bps.pst.office.web;

import id.go.bps.pst.platform.Problems;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OfficeApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void officeList_isPublic_andHoldsTheSeededOfficesInCodeOrder() throws Exception {
        mvc.perform(get("/api/offices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("0000"))
                .andExpect(jsonPath("$[*].code").value(hasItems("0000", "1906", "3300", "7500", "9400")))
                .andExpect(jsonPath("$[?(@.code == '9400')].zone").value(contains("Asia/Jayapura")))
                .andExpect(jsonPath("$[?(@.code == '7500')].zone").value(contains("Asia/Makassar")));
    }

    @Test
    void officeDetail_bpsRi_hasHoursWeekdaysAndComplaintChannelsOfSeed000() throws Exception {
        mvc.perform(get("/api/offices/0000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("BPS RI"))
                .andExpect(jsonPath("$.level").value("NATIONAL"))
                .andExpect(jsonPath("$.zone").value("Asia/Jakarta"))
                .andExpect(jsonPath("$.opensAt").value("08:00:00"))
                .andExpect(jsonPath("$.closesAt").value("15:30:00"))
                .andExpect(jsonPath("$.workingWeekdays").value(
                        contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")))
                .andExpect(jsonPath("$.complaintChannels[*].kind").value(
                        contains("DESK_BOX", "LAPOR", "WEB", "EMAIL", "SMS")))
                .andExpect(jsonPath("$.complaintChannels[4].value").value("081119500500"));
    }

    @Test
    void officeDetail_gorontalo_servesUntil17InWita() throws Exception {
        mvc.perform(get("/api/offices/7500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("PROVINCE"))
                .andExpect(jsonPath("$.parentCode").value("0000"))
                .andExpect(jsonPath("$.opensAt").value("08:30:00"))
                .andExpect(jsonPath("$.closesAt").value("17:00:00"));
    }

    @Test
    void officeDetail_belitungTimur_isARegencyUnderItsProvince() throws Exception {
        mvc.perform(get("/api/offices/1906"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("BPS Kabupaten Belitung Timur"))
                .andExpect(jsonPath("$.level").value("REGENCY"))
                .andExpect(jsonPath("$.parentCode").value("1900"));
    }

    @Test
    void officeDetail_unknownCode_is404Problem() throws Exception {
        Problems.of(mvc, get("/api/offices/9999")).is(HttpStatus.NOT_FOUND.value(), "office.not-found");
    }
}
