package id.go.bps.pst.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.bps.pst.platform.ApiProblem;

/** The facade on the seeded offices and holidays: clocks persist with their events and reload unchanged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SlaClocksIT {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    SlaClocks clocks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Value("${pst.staff.admin-id}")
    String adminId;
    @Value("${pst.staff.admin-password}")
    String adminPassword;
    @Value("${pst.staff.demo-password}")
    String demoPassword;

    @Test
    void jawaTengahSale_pausedOverIdulfitri2026_reloadsWithItsEventsAndDueDate() {
        String number = uniqueNumber();
        clocks.start(number, "3300", SlaService.SALE, at("2026-03-16T10:00", WIB));
        clocks.pause(number, at("2026-03-17T12:00", WIB), PauseReason.PAYMENT);
        clocks.resume(number, at("2026-03-25T10:00", WIB));

        SlaClockView running = clocks.view(number, at("2026-03-25T10:00", WIB));
        assertThat(running.budget()).isEqualTo(Duration.ofMinutes(75 * 60));
        // 10 working days from 03-16 10:00 were due 04-07 10:00; the pause held 3h30 + 2h = 5h30 of working time.
        assertThat(running.dueAt()).isEqualTo(at("2026-04-07T15:30", WIB));
        assertThat(running.net()).isEqualTo(Duration.parse("PT9H30M"));
        assertThat(running.state()).isEqualTo(ClockState.RUNNING);

        SlaClockView stopped = clocks.stop(number, at("2026-03-26T15:00", WIB));
        SlaClockView reloaded = clocks.view(number, at("2026-05-01T10:00", WIB));
        assertThat(reloaded.state()).isEqualTo(ClockState.STOPPED);
        assertThat(reloaded.events()).containsExactlyElementsOf(stopped.events());
        assertThat(reloaded.events()).extracting(SlaClockEventView::kind).containsExactly(ClockEventKind.START,
                ClockEventKind.PAUSE, ClockEventKind.RESUME, ClockEventKind.STOP);
        assertThat(reloaded.events().get(1).reason()).isEqualTo(PauseReason.PAYMENT);
        assertThat(reloaded.net()).isEqualTo(Duration.parse("PT9H30M").plus(Duration.parse("PT12H30M")));
        assertThat(reloaded.raw()).isEqualTo(Duration.parse("PT245H")); // ten days and five hours of wall-clock time
        assertThat(reloaded.dueAt()).isEqualTo(at("2026-04-07T15:30", WIB));
        assertThat(reloaded.breached()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from sla_clock_event e join sla_clock c on c.id = e.clock_id"
                + " where c.request_number = ?", Integer.class, number)).isEqualTo(4);
    }

    @Test
    void gorontaloConsultation_usesWitaHoursAndItsBudget_andBreachesAfterThreeWorkingDays() {
        String number = uniqueNumber();
        SlaClockView started = clocks.start(number, "7500", SlaService.CONSULTATION, at("2026-12-22T08:30", WITA));

        assertThat(started.budget()).isEqualTo(Duration.parse("PT25H30M"));
        // 12-22, 12-23, then Christmas (12-24 C, 12-25 L) and the weekend: the third day is Monday 12-28.
        assertThat(started.dueAt()).isEqualTo(at("2026-12-28T17:00", WITA));
        assertThat(clocks.view(number, at("2026-12-28T09:00", WITA)).atRisk()).isTrue();

        clocks.stop(number, at("2026-12-29T09:00", WITA));
        SlaClockView reloaded = clocks.view(number, at("2027-01-04T09:00", WITA));
        assertThat(reloaded.breached()).isTrue();
        assertThat(reloaded.remaining()).isEqualTo(Duration.ofMinutes(-30));
        assertThat(jdbc.queryForObject("select breached from sla_clock where request_number = ?", Boolean.class,
                number)).isTrue();
    }

    @Test
    void secondStart_andInvalidTransitions_areConflicts_andChangeNothing() {
        String number = uniqueNumber();
        clocks.start(number, "3300", SlaService.SALE, at("2026-03-02T08:00", WIB));

        assertThatThrownBy(() -> clocks.start(number, "3300", SlaService.SALE, at("2026-03-02T09:00", WIB)))
                .isInstanceOfSatisfying(ApiProblem.class,
                        p -> assertThat(p.code()).isEqualTo("sla.clock-already-started"));
        assertThatThrownBy(() -> clocks.resume(number, at("2026-03-02T09:00", WIB)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.code()).isEqualTo("sla.clock-not-paused"));
        assertThat(clocks.view(number, at("2026-03-02T10:00", WIB)).events()).hasSize(1);
    }

    @Test
    void regionalHolidayAddedThenRemoved_movesTheDueDateOfAnOpenClockAndBack() throws Exception {
        String number = uniqueNumber();
        clocks.start(number, "7500", SlaService.SALE, at("2026-07-01T08:30", WITA));
        assertThat(clocks.dueDates(number).orElseThrow().dueAt()).isEqualTo(at("2026-07-14T17:00", WITA));

        String created = mvc.perform(post("/api/admin/holidays").with(httpBasic(adminId, adminPassword))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-07-07\","
                                + "\"kind\":\"REGIONAL_HOLIDAY\",\"name\":\"Uji SLA\",\"officeCode\":\"7500\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(created, "$.id");
        try {
            SlaDueDates moved = clocks.dueDates(number).orElseThrow();
            assertThat(moved.dueAt()).isEqualTo(at("2026-07-15T17:00", WITA));
            assertThat(moved.breachAt()).isEqualTo(moved.dueAt());
        } finally {
            mvc.perform(delete("/api/admin/holidays/" + id).with(httpBasic(adminId, adminPassword)))
                    .andExpect(status().is2xxSuccessful());
        }
        assertThat(clocks.dueDates(number).orElseThrow().dueAt()).isEqualTo(at("2026-07-14T17:00", WITA));
    }

    @Test
    void unknownRequest_isNotFound() {
        assertThatThrownBy(() -> clocks.view(uniqueNumber()))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.code()).isEqualTo("sla.clock-not-found"));
    }

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static String uniqueNumber() {
        return "SLA-IT-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
