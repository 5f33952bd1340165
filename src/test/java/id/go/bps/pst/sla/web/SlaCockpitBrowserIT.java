package id.go.bps.pst.sla.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.go.bps.pst.portal.Browser;
import id.go.bps.pst.portal.SaleBackstage;

/**
 * The SLA plugin in Cockpit, in headless Chromium (issue 5): the supervisor of Jawa Tengah (3300) signs in to
 * Cockpit, reads on the dashboard the same numbers the API answers for the office, finds a real online sale that
 * breached its SLA (with the link to its process instance) and a clock at risk, and opens the sale's Jam SLA tab.
 * The numbers are compared with the API's rather than fixed, since other tests write clocks of the same office.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SlaCockpitBrowserIT {

    private static final String OFFICE = "3300";
    private static final String SUPERVISOR = "koordinator3300";
    private static final String CUSTOMER = "budi@contoh.co.id";
    private static final String SUSENAS_CART = """
            {"officeCode":"3300","purpose":"RESEARCH","items":[
             {"productCode":"MD-SUSENAS-2024-03","variables":["R101","R407"],"regions":["33"]}]}""";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"));

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Value("${pst.staff.demo-password}")
    String staffPassword;
    @Value("${pst.customer.demo-password}")
    String customerPassword;

    Browser browser;
    SaleBackstage backstage;

    /** As in {@link SlaCockpitPluginIT}: RestartIT's stopped applications clear Cockpit's static runtime delegate. */
    @BeforeEach
    void open(TestInfo test) {
        if (Cockpit.getRuntimeDelegate() == null) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        }
        browser = Browser.open(port, test.getTestMethod().orElseThrow().getName());
        backstage = new SaleBackstage(runtime, management, tasks, jdbc);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void supervisor_readsTheApisNumbers_findsTheBreachedSale_andItsClockTimeline() throws Exception {
        String breachedSale = breachedSale();
        String processInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(breachedSale)
                .processDefinitionKey("OnlineSaleProcess").singleResult().getId();
        String atRisk = openClock(Instant.now().plus(Duration.ofDays(2)), Instant.now().minus(Duration.ofHours(1)));
        delivered(Instant.now().minus(Duration.ofHours(2)), 45);

        // A person at a browser, not HTTP Basic: the plugin must read the API with the Cockpit session alone.
        Page cockpit = browser.person(false);
        browser.camundaLogin(cockpit, "cockpit", SUPERVISOR, staffPassword);
        Locator dashboard = cockpit.locator("[data-testid=sla-dashboard]");
        dashboard.locator("[data-testid=sla-list-breached]").waitFor();
        DocumentContext summary = JsonPath.parse(api("/api/sla/summary"));
        browser.shoot(cockpit, "dashboard");

        assertThat(dashboard.locator("[data-testid=sla-error]")).hasCount(0);
        assertThat(dashboard.locator("[data-testid=sla-scope]")).containsText("Kantor " + OFFICE);
        Map.of("sla-open", "open", "sla-on-track", "onTrack", "sla-at-risk", "atRisk", "sla-breached", "breached",
                "sla-paused", "paused", "sla-due-today", "dueToday").forEach((card, field) ->
                assertThat(dashboard.locator("[data-testid=" + card + "] .pst-sla-value"))
                        .hasText(NUMBER.format(summary.read("$.open." + field, Long.class))));
        assertThat(summary.read("$.open.breached", Long.class)).isPositive();
        // app/plugin.css is applied (the cards are a row of bordered boxes).
        assertThat(dashboard.locator(".pst-sla-cards")).hasCSS("display", "flex");
        period(dashboard, summary.read("$.last30Days"));
        period(dashboard, summary.read("$.last90Days"));
        List<Map<String, Object>> months = summary.read("$.months");
        months.forEach(month -> period(dashboard, month));
        assertThat(summary.read("$.last30Days.delivered", Long.class)).isPositive();
        assertThat(dashboard.locator("[data-testid=sla-chart] rect")).hasCount(months.size());

        Locator breached = dashboard.locator("[data-testid=sla-list-breached]");
        assertThat(breached.locator("tbody tr")).hasCount(rows("breached").size());
        Locator link = breached.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(breachedSale).setExact(true));
        assertThat(link).hasAttribute("href", "#/process-instance/" + processInstance + "/runtime");
        assertThat(breached.locator("tr", new Locator.LocatorOptions().setHasText(breachedSale)))
                .containsText("supervisor" + OFFICE);
        breached.scrollIntoViewIfNeeded();
        browser.shoot(cockpit, "dashboard-lists");
        Locator risky = dashboard.locator("[data-testid=sla-list-at-risk]");
        assertThat(risky.locator("tbody tr")).hasCount(rows("at-risk").size());
        // A clock without a process instance is listed without a link.
        assertThat(risky.locator("td", new Locator.LocatorOptions().setHasText(atRisk))).hasCount(1);
        assertThat(risky.locator("a", new Locator.LocatorOptions().setHasText(atRisk))).hasCount(0);

        link.click();
        cockpit.waitForURL("**/process-instance/" + processInstance + "/runtime**");
        cockpit.getByText("Jam SLA", new Page.GetByTextOptions().setExact(true)).click();
        Locator timeline = cockpit.locator("[data-testid=sla-timeline]");
        assertThat(timeline).containsText(breachedSale);
        assertThat(timeline).containsText("MELANGGAR SLA");
        assertThat(timeline).containsText("Waktu kantor (bersih)");
        assertThat(timeline.locator("tbody tr").first()).containsText("Mulai");
        assertThat(timeline.locator("tbody tr")).hasCount(JsonPath.<List<?>>read(
                api("/api/sla/clocks/" + breachedSale), "$.events").size());
        browser.shoot(cockpit, "process-instance-jam-sla");
    }

    /** A period's row: deliveries, compliance, median and p90, warnings and breaches, as the API answers them. */
    private static void period(Locator dashboard, Map<String, Object> period) {
        Locator cells = dashboard.locator("[data-testid='period-" + period.get("label") + "'] td");
        assertThat(cells).hasText(new String[] {NUMBER.format(period.get("delivered")),
                percent(period.get("compliance")), days(period.get("medianNetWorkingDays")),
                days(period.get("p90NetWorkingDays")), NUMBER.format(period.get("warnings")),
                NUMBER.format(period.get("breaches"))});
    }

    private static String percent(Object share) {
        return share == null ? "–" : decimal(Math.round(((Number) share).doubleValue() * 1000) / 10.0) + "%";
    }

    private static String days(Object value) {
        return value == null ? "–" : decimal(((Number) value).doubleValue()) + " hari";
    }

    /** As JavaScript writes a number (no ".0"), with a decimal comma. */
    private static String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }

    private String api(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(SUPERVISOR, staffPassword))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private List<String> rows(String state) throws Exception {
        return JsonPath.read(api("/api/sla/requests?state=" + state), "$[*].requestNumber");
    }

    /** A real online sale: documents complete (the clock runs), then its breach timer fires when due. */
    private String breachedSale() throws Exception {
        String number = JsonPath.read(mvc.perform(post("/api/requests").with(customer())
                .contentType(MediaType.APPLICATION_JSON).content(SUSENAS_CART))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        upload(number, "ABSTRACT", "abstraksi.pdf");
        upload(number, "NPWP_CARD", "npwp.pdf");
        mvc.perform(post("/api/requests/" + number + "/submit").with(customer())).andExpect(status().isAccepted());
        tasks.complete(backstage.openTask(number, "UserTask_CheckDocuments"), Map.of("documentCheck", "COMPLETE"));
        backstage.runJobs(number);
        ProcessInstance sale = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("OnlineSaleProcess").singleResult();
        Job breach = management.createJobQuery().processInstanceId(sale.getId())
                .activityId("StartEvent_SlaBreached").singleResult();
        // The clock confirms a breach only once its due date has passed: the engine's clock is moved there, as the
        // job executor would run the timer then.
        ClockUtil.setCurrentTime(new Date(breach.getDuedate().getTime() + 1000));
        try {
            management.executeJob(breach.getId());
            backstage.runJobs(number);
        } finally {
            ClockUtil.reset();
        }
        return number;
    }

    private void upload(String number, String kind, String name) throws Exception {
        mvc.perform(multipart("/api/requests/" + number + "/attachments")
                .file(new MockMultipartFile("file", name, "application/pdf", PDF))
                .param("type", kind).with(customer())).andExpect(status().isCreated());
    }

    private RequestPostProcessor customer() {
        return httpBasic(CUSTOMER, customerPassword);
    }

    /** A running clock past its risk date, with no process instance (as a clock from before the sale was wired). */
    private String openClock(Instant dueAt, Instant riskAt) {
        String number = number();
        jdbc.update("insert into sla_clock (request_number, office_code, service_kind, budget_minutes, clock_state,"
                + " started_at, due_at, risk_at, breached, cancelled) values (?, ?, 'SALE', 4500, 'RUNNING', ?, ?, ?,"
                + " false, false)", number, OFFICE, utc(Instant.now().minus(Duration.ofDays(8))), utc(dueAt),
                utc(riskAt));
        return number;
    }

    private void delivered(Instant stoppedAt, int netDayTenths) {
        LocalDateTime stopped = utc(stoppedAt);
        jdbc.update("insert into sla_clock (request_number, office_code, service_kind, budget_minutes, clock_state,"
                + " started_at, stopped_at, due_at, breached, cancelled, net_minutes, net_day_tenths)"
                + " values (?, ?, 'SALE', 4500, 'STOPPED', ?, ?, ?, false, false, ?, ?)", number(), OFFICE,
                stopped.minusDays(7), stopped, stopped.plusDays(7), netDayTenths * 45L, netDayTenths);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String number() {
        return "SLA-UI-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
