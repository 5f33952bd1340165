package id.go.bps.pst.calendar.web;

import id.go.bps.pst.platform.Problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import id.go.bps.pst.calendar.HolidaysChanged;
import id.go.bps.pst.calendar.domain.AuditAction;
import id.go.bps.pst.calendar.domain.HolidayAuditEntry;
import id.go.bps.pst.calendar.domain.HolidayAuditRepository;
import id.go.bps.pst.calendar.domain.HolidayRepository;

/** Admin holidays: test holidays live in 2031, clear of the seeded years, and are removed after each test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class HolidayAdminIT {

    private static final String HOLIDAYS = "/api/admin/holidays";

    @Autowired
    MockMvc mvc;
    @Autowired
    HolidayRepository holidays;
    @Autowired
    HolidayAuditRepository audit;
    @Autowired
    ConfigurableApplicationContext context;

    private final List<HolidaysChanged> published = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof HolidaysChanged c) {
            published.add(c);
        }
    };

    @BeforeEach
    void listen() {
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void removeTestHolidays() {
        context.removeApplicationListener(recorder);
        holidays.deleteAll(holidays.findBetween(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31)));
    }

    @Test
    void list2026_holdsTheSeededNationalHolidaysAndCutiBersama() throws Exception {
        mvc.perform(get(HOLIDAYS).param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(25)))
                .andExpect(jsonPath("$[0].date").value("2026-01-01"))
                .andExpect(jsonPath("$[?(@.date == '2026-03-21')].name").value(contains("Idul Fitri 1447 H")))
                .andExpect(jsonPath("$[?(@.date == '2026-03-20')].kind").value(contains("COLLECTIVE_LEAVE")))
                .andExpect(jsonPath("$[?(@.date == '2026-03-19')].name")
                        .value(contains("Hari Suci Nyepi (Tahun Baru Saka 1948)")))
                .andExpect(jsonPath("$[*].kind").value(everyItem(not("REGIONAL_HOLIDAY"))));
    }

    @Test
    void nationalHoliday_createdThenDeleted_movesWorkingDaysOfEveryOffice_andIsAudited() throws Exception {
        assertNextWorkingDay("3300", "2031-03-03", "2031-03-04");
        Instant before = Instant.now();

        long id = create("""
                {"date":"2031-03-04","kind":"NATIONAL_HOLIDAY","name":"Libur uji nasional"}""");

        Instant after = Instant.now();
        assertNextWorkingDay("3300", "2031-03-03", "2031-03-05");
        assertNextWorkingDay("7500", "2031-03-03", "2031-03-05");
        assertAudit(id, 0, AuditAction.CREATED, before, after);
        assertThat(audit.findByHolidayIdOrderByIdAsc(id).get(0).officeCode()).isNull();

        mvc.perform(delete(HOLIDAYS + "/{id}", id)).andExpect(status().isNoContent());

        assertNextWorkingDay("3300", "2031-03-03", "2031-03-04");
        assertAudit(id, 1, AuditAction.DELETED, after, Instant.now());
        assertThat(published).containsExactly(new HolidaysChanged(null, LocalDate.of(2031, 3, 4)),
                new HolidaysChanged(null, LocalDate.of(2031, 3, 4)));
    }

    @Test
    void create_answers201WithIdCreatorAndTime() throws Exception {
        Instant before = Instant.now();
        String body = mvc.perform(post(HOLIDAYS).contentType(MediaType.APPLICATION_JSON).content("""
                        {"date":"2031-10-07","kind":"COLLECTIVE_LEAVE","name":"Cuti bersama uji"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(HOLIDAYS + "/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.date").value("2031-10-07"))
                .andExpect(jsonPath("$.kind").value("COLLECTIVE_LEAVE"))
                .andExpect(jsonPath("$.name").value("Cuti bersama uji"))
                .andExpect(jsonPath("$.createdBy").value("admin"))
                .andReturn().getResponse().getContentAsString();

        Instant createdAt = Instant.parse(JsonPath.read(body, "$.createdAt"));
        assertThat(createdAt).isBetween(before, Instant.now());
        mvc.perform(get(HOLIDAYS + "/{id}", ((Number) JsonPath.read(body, "$.id")).longValue()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Cuti bersama uji"));
    }

    @Test
    void regionalHoliday_movesItsOfficeOnly_andShowsInItsOfficeListOnly() throws Exception {
        long id = create("""
                {"date":"2031-06-10","kind":"REGIONAL_HOLIDAY","name":"Libur daerah uji","officeCode":"3300"}""");

        assertNextWorkingDay("3300", "2031-06-09", "2031-06-11");
        assertNextWorkingDay("3374", "2031-06-09", "2031-06-10");
        assertNextWorkingDay("7500", "2031-06-09", "2031-06-10");
        mvc.perform(get(HOLIDAYS).param("year", "2031").param("office", "3300"))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
        mvc.perform(get(HOLIDAYS).param("year", "2031").param("office", "7500"))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) id))));
        mvc.perform(get(HOLIDAYS).param("year", "2026").param("office", "7500"))
                .andExpect(jsonPath("$", hasSize(25)));
        assertThat(audit.findByHolidayIdOrderByIdAsc(id).get(0).officeCode()).isEqualTo("3300");
        assertThat(published).containsExactly(new HolidaysChanged("3300", LocalDate.of(2031, 6, 10)));

        mvc.perform(delete(HOLIDAYS + "/{id}", id)).andExpect(status().isNoContent());
        assertNextWorkingDay("3300", "2031-06-09", "2031-06-10");
    }

    @Test
    void sameDateKindAndOffice_twice_is409() throws Exception {
        String national = """
                {"date":"2031-09-16","kind":"NATIONAL_HOLIDAY","name":"Libur uji ganda"}""";
        String regional = """
                {"date":"2031-09-16","kind":"REGIONAL_HOLIDAY","name":"Libur daerah uji ganda","officeCode":"7500"}""";
        create(national);
        create(regional);

        Problems.of(mvc, json(national)).is(HttpStatus.CONFLICT.value(), "calendar.holiday-duplicate");
        Problems.of(mvc, json(regional)).is(HttpStatus.CONFLICT.value(), "calendar.holiday-duplicate");
        create("""
                {"date":"2031-09-16","kind":"REGIONAL_HOLIDAY","name":"Libur daerah lain","officeCode":"3300"}""");
    }

    @Test
    void invalidHolidays_are400WithTheBrokenRule() throws Exception {
        expectBadRequest("""
                {"date":"2031-09-15","kind":"REGIONAL_HOLIDAY","name":"Tanpa kantor"}""",
                "calendar.regional-holiday-office-required");
        expectBadRequest("""
                {"date":"2031-09-15","kind":"REGIONAL_HOLIDAY","name":"Kantor fiktif","officeCode":"9999"}""",
                "calendar.regional-holiday-office-required");
        expectBadRequest("""
                {"date":"2031-09-15","kind":"NATIONAL_HOLIDAY","name":"Nasional","officeCode":"3300"}""",
                "calendar.national-holiday-office-forbidden");
        expectBadRequest("""
                {"date":"2031-09-15","kind":"LIBUR","name":"Jenis salah"}""", "calendar.holiday-kind-invalid");
        expectBadRequest("""
                {"date":"2031-09-15","name":"Tanpa jenis"}""", "calendar.holiday-kind-required");
        expectBadRequest("""
                {"kind":"NATIONAL_HOLIDAY","name":"Tanpa tanggal"}""", "calendar.holiday-date-required");
        expectBadRequest("""
                {"date":"15-09-2031","kind":"NATIONAL_HOLIDAY","name":"Tanggal salah"}""", "calendar.date-invalid");
        expectBadRequest("""
                {"date":"2031-09-15","kind":"NATIONAL_HOLIDAY","name":"  "}""", "calendar.holiday-name-invalid");
        Problems.of(mvc, post(HOLIDAYS).contentType(MediaType.APPLICATION_JSON)).is(HttpStatus.BAD_REQUEST.value(), "calendar.holiday-body-required");
        assertThat(holidays.findBetween(LocalDate.of(2031, 9, 15), LocalDate.of(2031, 9, 15))).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void unknownHolidayId_is404_onReadAndDelete() throws Exception {
        Problems.of(mvc, delete(HOLIDAYS + "/{id}", Long.MAX_VALUE)).is(HttpStatus.NOT_FOUND.value(), "calendar.holiday-not-found");
        Problems.of(mvc, get(HOLIDAYS + "/{id}", Long.MAX_VALUE)).is(HttpStatus.NOT_FOUND.value(), "calendar.holiday-not-found");
        Problems.of(mvc, delete(HOLIDAYS + "/{id}", "abc")).is(HttpStatus.BAD_REQUEST.value(), "calendar.number-invalid");
    }

    @Test
    void listFilters_badYearOrUnknownOffice_areProblems() throws Exception {
        Problems.of(mvc, get(HOLIDAYS).param("year", "dua ribu")).is(HttpStatus.BAD_REQUEST.value(), "calendar.number-invalid");
        Problems.of(mvc, get(HOLIDAYS).param("office", "9999")).is(HttpStatus.NOT_FOUND.value(), "office.not-found");
    }

    @Test
    @WithMockUser(username = "petugas", roles = "OFFICER")
    void nonAdmin_isForbidden() throws Exception {
        mvc.perform(get(HOLIDAYS)).andExpect(status().isForbidden());
        mvc.perform(json("""
                {"date":"2031-09-15","kind":"NATIONAL_HOLIDAY","name":"Bukan admin"}"""))
                .andExpect(status().isForbidden());
    }

    private long create(String json) throws Exception {
        String body = mvc.perform(json(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private MockHttpServletRequestBuilder json(String json) {
        return post(HOLIDAYS).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private void expectBadRequest(String json, String code) throws Exception {
        Problems.of(mvc, json(json)).is(HttpStatus.BAD_REQUEST.value(), code);
    }

    private void assertNextWorkingDay(String office, String from, String expected) throws Exception {
        mvc.perform(get("/api/offices/{code}/working-days", office).param("from", from).param("add", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(expected));
    }

    private void assertAudit(long holidayId, int index, AuditAction action, Instant notBefore, Instant notAfter) {
        List<HolidayAuditEntry> entries = audit.findByHolidayIdOrderByIdAsc(holidayId);
        assertThat(entries).hasSize(index + 1);
        HolidayAuditEntry entry = entries.get(index);
        assertThat(entry.action()).isEqualTo(action);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.date()).isNotNull();
        assertThat(entry.kind()).isNotNull();
        assertThat(entry.name()).isNotBlank();
        // The column keeps microseconds; allow for the truncation.
        assertThat(entry.occurredAt()).isBetween(notBefore.minusMillis(1), notAfter.plusMillis(1));
    }
}
