package id.go.bps.pst.sla.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import id.go.bps.pst.platform.Problems;

/**
 * The SLA dashboard endpoints on a known small data set: deliveries of Belitung Timur (1906) in 2019, a year no
 * other test writes, and open clocks counted as the difference they make; office authorizations by staff group.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SlaDashboardIT {

    private static final String OFFICE = "1906";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${pst.staff.admin-id}")
    String adminId;
    @Value("${pst.staff.admin-password}")
    String adminPassword;
    @Value("${pst.staff.demo-password}")
    String demoPassword;

    @Test
    void deliveries2019_compliancePercentilesAndMonths() throws Exception {
        // March 2019: 10 deliveries, net 1.0 .. 10.0 working days, the 10.0 one breached and two warned.
        for (int i = 1; i <= 10; i++) {
            delivered(LocalDateTime.parse("2019-03-%02dT03:00".formatted(i + 4)), i * 10, i == 10, i >= 9, false);
        }
        // April 2019: 4 deliveries (two breached), and a cancellation that is not a delivery.
        delivered(LocalDateTime.parse("2019-04-10T03:00"), 20, false, false, false);
        delivered(LocalDateTime.parse("2019-04-11T03:00"), 40, false, false, false);
        delivered(LocalDateTime.parse("2019-04-12T03:00"), 110, true, true, false);
        delivered(LocalDateTime.parse("2019-04-30T16:30"), 120, true, true, false); // 23:30 WIB: April
        delivered(LocalDateTime.parse("2019-04-30T17:30"), 130, true, true, false); // 05-01 00:30 WIB: May
        delivered(LocalDateTime.parse("2019-04-15T03:00"), 5, false, false, true);

        mvc.perform(get("/api/sla/summary?office=1906&from=2019-01-01&to=2019-04-30").with(staff("koordinator1906")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.office").value(OFFICE))
                .andExpect(jsonPath("$.months.length()").value(4))
                .andExpect(jsonPath("$.months[0].label").value("2019-01"))
                .andExpect(jsonPath("$.months[0].delivered").value(0))
                .andExpect(jsonPath("$.months[2].delivered").value(10))
                .andExpect(jsonPath("$.months[2].withinSla").value(9))
                .andExpect(jsonPath("$.months[2].compliance").value(0.9))
                .andExpect(jsonPath("$.months[2].medianNetWorkingDays").value(5.0))
                .andExpect(jsonPath("$.months[2].p90NetWorkingDays").value(9.0))
                .andExpect(jsonPath("$.months[2].warnings").value(2))
                .andExpect(jsonPath("$.months[2].breaches").value(1))
                .andExpect(jsonPath("$.months[3].delivered").value(4))
                .andExpect(jsonPath("$.months[3].breaches").value(2))
                // Last 30 days up to 04-30 in WIB: 04-10, 04-11, 04-12, 04-30 (not the one of 05-01 00:30 WIB).
                .andExpect(jsonPath("$.last30Days.delivered").value(4))
                .andExpect(jsonPath("$.last30Days.compliance").value(0.5))
                .andExpect(jsonPath("$.last30Days.medianNetWorkingDays").value(4.0))
                .andExpect(jsonPath("$.last90Days.delivered").value(14))
                .andExpect(jsonPath("$.last90Days.medianNetWorkingDays").value(5.0))
                .andExpect(jsonPath("$.last90Days.p90NetWorkingDays").value(11.0));
    }

    @Test
    void openClocks_areCountedByStateAndListed() throws Exception {
        String before = summary("petugas1906");
        Instant now = Instant.now();
        String onTrack = open("RUNNING", now.plus(Duration.ofDays(8)), now.plus(Duration.ofDays(6)), false, false);
        String atRisk = open("RUNNING", now.plus(Duration.ofDays(1)), now.minus(Duration.ofHours(2)), false, true);
        String late = open("RUNNING", now.minus(Duration.ofHours(1)), now.minus(Duration.ofDays(1)), false, true);
        String paused = open("PAUSED", null, null, false, false);
        String after = summary("petugas1906");

        assertThat(delta(before, after, "open")).isEqualTo(4);
        assertThat(delta(before, after, "onTrack")).isEqualTo(1);
        assertThat(delta(before, after, "atRisk")).isEqualTo(1);
        assertThat(delta(before, after, "breached")).isEqualTo(1);
        assertThat(delta(before, after, "paused")).isEqualTo(1);
        assertThat(delta(before, after, "warned")).isEqualTo(2);

        String risky = mvc.perform(get("/api/sla/requests?state=at-risk").with(staff("petugas1906")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(risky, "$[*].requestNumber")).contains(atRisk)
                .doesNotContain(onTrack, late, paused);
        String breached = mvc.perform(get("/api/sla/requests?state=breached&office=1906").with(staff("petugas0000")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(breached, "$[*].requestNumber")).contains(late)
                .doesNotContain(atRisk, onTrack);
    }

    @Test
    void authorizations_ownOfficeOnly_nationalOfficeSeesAll() throws Exception {
        mvc.perform(get("/api/sla/summary").with(staff("petugas0000"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.office").doesNotExist());
        mvc.perform(get("/api/sla/summary?office=3300").with(staff("petugas0000"))).andExpect(status().isOk());
        mvc.perform(get("/api/sla/summary").with(httpBasic(adminId, adminPassword))).andExpect(status().isOk());
        mvc.perform(get("/api/sla/summary").with(staff("petugas1906"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.office").value(OFFICE));
        Problems.of(mvc, get("/api/sla/summary?office=3300").with(staff("petugas1906"))).is(403, "sla.office.forbidden");
        Problems.of(mvc, get("/api/sla/requests?state=breached&office=3300").with(staff("petugas1906")))
                .is(403, "sla.office.forbidden");
        // Customers are not staff accounts: this address does not know them.
        mvc.perform(get("/api/sla/summary").with(httpBasic("budi@contoh.co.id", demoPassword)))
                .andExpect(status().isUnauthorized());
        Problems.of(mvc, get("/api/sla/summary?office=1906&from=2020-01-01&to=2019-01-01")
                .with(staff("petugas1906"))).is(400, "sla.summary.range");
        Problems.of(mvc, get("/api/sla/requests?state=late").with(staff("petugas1906"))).is(400, "sla.requests.state");
        mvc.perform(get("/api/sla/summary")).andExpect(status().isUnauthorized());
    }

    private String summary(String user) throws Exception {
        return mvc.perform(get("/api/sla/summary").with(staff(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static long delta(String before, String after, String field) {
        return JsonPath.<Number>read(after, "$.open." + field).longValue()
                - JsonPath.<Number>read(before, "$.open." + field).longValue();
    }

    private void delivered(LocalDateTime stoppedUtc, int netDayTenths, boolean breached, boolean warned,
                           boolean cancelled) {
        jdbc.update("insert into sla_clock (request_number, office_code, service_kind, budget_minutes, clock_state,"
                        + " started_at, stopped_at, due_at, breached, cancelled, net_minutes, net_day_tenths,"
                        + " warned_at) values (?, ?, 'SALE', 4500, 'STOPPED', ?, ?, ?, ?, ?, ?, ?, ?)",
                number(), OFFICE, stoppedUtc.minusDays(14), stoppedUtc, stoppedUtc.minusDays(1), breached, cancelled,
                netDayTenths * 45L, netDayTenths, warned ? stoppedUtc.minusDays(3) : null);
    }

    private String open(String state, Instant dueAt, Instant riskAt, boolean breached, boolean warned) {
        String number = number();
        jdbc.update("insert into sla_clock (request_number, office_code, service_kind, budget_minutes, clock_state,"
                        + " started_at, due_at, risk_at, breached, cancelled, warned_at)"
                        + " values (?, ?, 'SALE', 4500, ?, ?, ?, ?, ?, false, ?)", number, OFFICE, state,
                utc(Instant.now().minus(Duration.ofDays(10))), utc(dueAt), utc(riskAt), breached,
                warned ? utc(Instant.now().minus(Duration.ofHours(3))) : null);
        return number;
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String number() {
        return "SLA-IT-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private RequestPostProcessor staff(String user) {
        return httpBasic(user, demoPassword);
    }
}
