package id.go.bps.pst.walkin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.Documents;
import id.go.bps.pst.payment.PaymentMethod;
import id.go.bps.pst.payment.Payments;
import id.go.bps.pst.platform.Problems;
import id.go.bps.pst.request.RequestStatus;
import id.go.bps.pst.request.SaleRequests;

/**
 * A visit to the desk through the officer API, Tasklist (the engine's task service, as Tasklist calls it) and the
 * kiosk pages, on H2 and PostgreSQL. The database is shared with other tests: every visitor is new (unique email
 * and ID number), every test uses its own desk, and a call to the desk skips numbers other tests left waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WalkInDeskIT {

    private static final AtomicInteger DESKS = new AtomicInteger();
    private static final String SUSENAS = """
            {"purpose":"RESEARCH","items":[{"productCode":"MD-SUSENAS-2024-03","variables":["R101","R407"],
             "regions":["33"]}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    Payments payments;
    @Autowired
    Documents documents;
    @Autowired
    SaleRequests requests;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${pst.staff.demo-password}")
    String password;
    @Value("${pst.customer.demo-password}")
    String customerPassword;

    @Test
    void microdataVisit_cashToTreasurer_sppdAtDesk_ratedAtTheKiosk() throws Exception {
        String desk = desk();
        long visit = takeNumberAndCall("3300", desk);
        String guestEmail = email();
        mvc.perform(post("/api/desk/3300/visits/" + visit + "/guest").with(officer("3300"))
                        .contentType(MediaType.APPLICATION_JSON).content(guest(guestEmail, "KTP", nik(), "INDIVIDUAL")))
                .andExpect(status().isOk());
        String quote = mvc.perform(post("/api/desk/3300/visits/" + visit + "/request").with(officer("3300"))
                        .contentType(MediaType.APPLICATION_JSON).content(SUSENAS))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(quote, "$.quote.total")).isPositive();
        assertThat((List<String>) JsonPath.read(quote, "$.quote.documentsRequired[*].code")).contains("ABSTRACT");

        String code = "KUNJUNGAN-" + visit;
        complete(code, "UserTask_CheckDeskDocuments", "officer3300", Map.of("documentCheck", "COMPLETE"));
        String number = (String) variable(code, "requestNumber");
        assertThat(number).startsWith("PST-3300-");
        complete(code, "UserTask_PrepareDeskOffer", "officer3300", Map.of("offerDocumentsReady", true));
        complete(code, "UserTask_ReviewOfferAtDesk", "officer3300", Map.of("offerAccepted", true,
                "paymentMethod", "CASH"));
        long amount = ((Number) variable(code, "totalAmount")).longValue();
        completeAs("bendahara3300", number, "UserTask_ReceiveCash", "treasurer3300", Map.of("cashReceived", amount,
                "receiptHandedOver", true));
        complete(number, "UserTask_VerifyAgreement", "officer3300", Map.of("agreementAccepted", true,
                "agreementCopies", 2, "meteraiType", "PAPER"));
        mvc.perform(multipart("/backoffice/requests/" + number + "/documents")
                        .file(new MockMultipartFile("file", "susenas.csv", "text/csv",
                                "R101,R407\n33,25\n".getBytes(StandardCharsets.UTF_8)))
                        .param("type", "PRODUCT_FILE").with(officer("3300")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        complete(code, "UserTask_HandOverProduct", "officer3300", Map.of("handOverMedium", "MEDIA"));
        complete(code, "UserTask_CheckHandOver", "officer3300", Map.of("productAccepted", true));

        mvc.perform(get("/kiosk/3300/desks/" + desk + "/rating")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Penilaian layanan")));
        mvc.perform(post("/kiosk/3300/desks/" + desk + "/rating").with(csrf()).param("rating", "5")
                        .param("feedback", "Cepat dan ramah"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Terima kasih")));

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        assertThat(payments.paymentOf(number)).hasValueSatisfying(p -> {
            assertThat(p.method()).isEqualTo(PaymentMethod.CASH);
            assertThat(p.amount()).isEqualTo(amount);
            assertThat(p.verifiedBy()).isEqualTo("bendahara3300");
        });
        assertThat(documents.list(number)).extracting(d -> d.kind())
                .contains(DocumentKind.INVOICE, DocumentKind.AGREEMENT, DocumentKind.RECEIPT);
        assertThat(requests.deskRequest(number).status()).isEqualTo(RequestStatus.DONE);
        String view = mvc.perform(get("/api/desk/3300/visits/" + visit).with(officer("3300")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(view, "$.status")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(view, "$.rating")).isEqualTo(5);
        assertThat((String) JsonPath.read(view, "$.requestNumber")).isEqualTo(number);
    }

    @Test
    void abstractMismatch_opensAConsultationLinkedToTheVisit_andNoSale() throws Exception {
        long visit = takeNumberAndCall("3300", desk());
        recordGuestAndRequest("3300", visit, email());

        complete("KUNJUNGAN-" + visit, "UserTask_CheckDeskDocuments", "officer3300",
                Map.of("documentCheck", "MISMATCH", "decisionReason", "Abstraksi untuk Sakernas, bukan Susenas"));

        assertThat(jdbc.queryForObject("select reason from walkin_consultation where visit_id = ?", String.class,
                visit)).contains("Sakernas");
        String view = mvc.perform(get("/api/desk/3300/visits/" + visit).with(officer("3300")))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(view, "$.status")).isEqualTo("CONSULTATION");
        assertThat((Map<String, Object>) JsonPath.read(view, "$")).doesNotContainKey("requestNumber");
    }

    @Test
    void returningVisitor_isFoundByEmailOrIdCard_andNotEnteredTwice() throws Exception {
        String guestEmail = email();
        String sim = String.valueOf(100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
        long first = takeNumberAndCall("3300", desk());
        mvc.perform(post("/api/desk/3300/visits/" + first + "/guest").with(officer("3300"))
                .contentType(MediaType.APPLICATION_JSON).content(guest(guestEmail, "SIM", sim)))
                .andExpect(status().isOk());
        long second = takeNumberAndCall("3300", desk());
        mvc.perform(post("/api/desk/3300/visits/" + second + "/guest").with(officer("3300"))
                .contentType(MediaType.APPLICATION_JSON).content(guest("other." + guestEmail, "SIM", sim)))
                .andExpect(status().isOk());

        String byCard = mvc.perform(get("/api/desk/3300/guests").param("idType", "SIM").param("idNumber", sim)
                .with(officer("3300"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(byCard, "$.email")).isEqualTo(guestEmail);
        assertThat(customerOf(first)).isEqualTo(customerOf(second));
        mvc.perform(get("/api/desk/3300/guests").param("email", guestEmail).with(officer("3300")))
                .andExpect(status().isOk());
        Problems.of(mvc, get("/api/desk/3300/guests").param("email", "nobody." + guestEmail).with(officer("3300")))
                .is(404, "walkin.guest.not-found");
    }

    @Test
    void guestBook_refusesABadIdNumberOrEmail_inBothLanguages() throws Exception {
        long visit = takeNumberAndCall("3300", desk());
        Problems.of(mvc, post("/api/desk/3300/visits/" + visit + "/guest").with(officer("3300"))
                .contentType(MediaType.APPLICATION_JSON).content(guest(email(), "KTP", "3374011708"))).is(400,
                "nik.length");
        Problems.of(mvc, post("/api/desk/3300/visits/" + visit + "/guest").with(officer("3300"))
                .contentType(MediaType.APPLICATION_JSON).content(guest(email(), "PASSPORT", "123"))).is(400,
                "walkin.passport.format");
        assertThat(Problems.of(mvc, post("/api/desk/3300/visits/" + visit + "/guest").with(officer("3300"))
                .contentType(MediaType.APPLICATION_JSON).content(guest("not-an-email", "KTP", nik()))).code())
                .startsWith("email");
    }

    @Test
    void deskApi_isForStaffOfTheOfficeOnly() throws Exception {
        Problems.of(mvc, post("/api/desk/3300/queue").with(officer("7500"))).is(403, "walkin.office.forbidden");
        Problems.of(mvc, post("/api/desk/3300/queue").with(httpBasic("budi@contoh.co.id", customerPassword)))
                .is(403, "walkin.office.forbidden");
        mvc.perform(post("/api/desk/3300/queue")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/desk/3300/visits").with(httpBasic("koordinator3300", password)))
                .andExpect(status().isOk());
    }

    @Test
    void belitungTimur_greetsWithoutQueueNumbers_andServesWithinFiveMinutes() throws Exception {
        String settings = mvc.perform(get("/api/desk/1906/settings").with(officer("1906")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(settings, "$.queueEnabled")).isFalse();
        assertThat((Integer) JsonPath.read(settings, "$.serviceStandardMinutes")).isEqualTo(5);
        Problems.of(mvc, post("/api/desk/1906/queue").with(officer("1906"))).is(409, "walkin.queue.off");

        String greeted = mvc.perform(post("/api/desk/1906/visits").with(officer("1906"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"desk\":\"" + desk() + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(greeted, "$.status")).isEqualTo("SERVING");
        assertThat((Map<String, Object>) JsonPath.read(greeted, "$")).doesNotContainKey("queueNumber");
        long visit = ((Number) JsonPath.read(greeted, "$.id")).longValue();
        assertThat(tasksWaitingAt("KUNJUNGAN-" + visit)).isEmpty();
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey("KUNJUNGAN-" + visit)
                .messageEventSubscriptionName("Msg_GuestRecorded").count()).isEqualTo(1);

        mvc.perform(get("/kiosk/1906")).andExpect(status().isOk())
                .andExpect(content().string(containsString("tidak memakai nomor antrian")));
        Problems.of(mvc, post("/api/desk/3300/visits").with(officer("3300"))).is(409, "walkin.queue.on");
    }

    @Test
    void kioskAndWaitingRoomScreen_showTheNumbers_bilingual() throws Exception {
        mvc.perform(post("/kiosk/7500/queue").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nomor antrian Anda")))
                .andExpect(content().string(containsString("Your queue number")))
                .andExpect(content().string(containsString("10 menit")));
        String desk = desk();
        long called = takeNumberAndCall("7500", desk);
        String ticket = JsonPath.read(mvc.perform(get("/api/desk/7500/visits/" + called).with(officer("7500")))
                .andReturn().getResponse().getContentAsString(), "$.queueNumber").toString();
        String waiting = JsonPath.read(mvc.perform(post("/api/desk/7500/queue").with(officer("7500")))
                .andReturn().getResponse().getContentAsString(), "$.queueNumber").toString();

        mvc.perform(get("/kiosk/7500/now-serving")).andExpect(status().isOk())
                .andExpect(content().string(containsString("http-equiv=\"refresh\"")))
                .andExpect(content().string(containsString("Now serving")))
                .andExpect(content().string(containsString(desk)))
                .andExpect(content().string(containsString(String.format("%03d", Integer.parseInt(ticket)))))
                .andExpect(content().string(containsString(String.format("%03d", Integer.parseInt(waiting)))));
        mvc.perform(post("/kiosk/7500/queue")).andExpect(status().isForbidden());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Takes a number at the desk API, then calls the desk until this number comes (older ones are called first). */
    private long takeNumberAndCall(String office, String desk) throws Exception {
        String taken = mvc.perform(post("/api/desk/" + office + "/queue").with(officer(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long visit = ((Number) JsonPath.read(taken, "$.id")).longValue();
        for (int i = 0; i < 200; i++) {
            String called = mvc.perform(post("/api/desk/" + office + "/queue/call-next").with(officer(office))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"desk\":\"" + desk + "\"}"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (((Number) JsonPath.read(called, "$.id")).longValue() == visit) {
                assertThat((String) JsonPath.read(called, "$.status")).isEqualTo("SERVING");
                assertThat((Object) JsonPath.read(called, "$.waitSeconds")).isNotNull();
                return visit;
            }
        }
        throw new AssertionError("visit " + visit + " was never called");
    }

    private void recordGuestAndRequest(String office, long visit, String guestEmail) throws Exception {
        mvc.perform(post("/api/desk/" + office + "/visits/" + visit + "/guest").with(officer(office))
                .contentType(MediaType.APPLICATION_JSON).content(guest(guestEmail, "KTP", nik())))
                .andExpect(status().isOk());
        mvc.perform(post("/api/desk/" + office + "/visits/" + visit + "/request").with(officer(office))
                .contentType(MediaType.APPLICATION_JSON).content(SUSENAS)).andExpect(status().isOk());
    }

    private Object customerOf(long visit) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/desk/3300/visits/" + visit).with(officer("3300")))
                .andReturn().getResponse().getContentAsString(), "$.customerId");
    }

    private Object variable(String businessKey, String name) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult();
        return runtime.getVariable(instance.getId(), name);
    }

    private List<Task> tasksWaitingAt(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list();
    }

    private void complete(String businessKey, String taskKey, String group, Map<String, Object> variables) {
        completeAs(null, businessKey, taskKey, group, variables);
    }

    private void completeAs(String user, String businessKey, String taskKey, String group,
                            Map<String, Object> variables) {
        runJobs(businessKey);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey + " is open").isNotNull();
        assertThat(tasks.getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(group));
        if (user != null) {
            identity.setAuthentication(user, List.of(group));
        }
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        runJobs(businessKey);
    }

    /** The job executor is off in tests: run the due jobs of the visit's instance and of its request's. */
    private void runJobs(String businessKey) {
        for (int round = 0; round < 50; round++) {
            List<String> keys = new java.util.ArrayList<>(List.of(businessKey));
            keys.addAll(related(businessKey));
            List<Job> due = keys.stream()
                    .flatMap(key -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list().stream())
                    .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable()
                            .list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming for " + businessKey);
    }

    /** The request of a visit, or the visit of a request (the two business keys of one visit's instances). */
    private List<String> related(String businessKey) {
        if (businessKey.startsWith("KUNJUNGAN-")) {
            return jdbc.queryForList("select request_number from walkin_visit where id = ? and request_number is not null",
                    String.class, Long.parseLong(businessKey.substring("KUNJUNGAN-".length())));
        }
        return jdbc.queryForList("select id from walkin_visit where request_number = ?", Long.class, businessKey)
                .stream().map(id -> "KUNJUNGAN-" + id).toList();
    }

    private RequestPostProcessor officer(String office) {
        return httpBasic("petugas" + office, password);
    }

    private static String desk() {
        return "T" + (System.nanoTime() % 100_000) + DESKS.incrementAndGet();
    }

    private static String email() {
        return "tamu." + System.nanoTime() + "@contoh.ac.id";
    }

    /** A valid NIK (Semarang, born 17-08-1985) with a random sequence: new visitors do not collide. */
    private static String nik() {
        return "337401170885" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
    }

    private static String guest(String email, String idType, String idNumber) {
        return guest(email, idType, idNumber, "EDUCATION_DOMESTIC");
    }

    private static String guest(String email, String idType, String idNumber, String segment) {
        return """
                {"name":"Tamu Uji","idType":"%s","idNumber":"%s","email":"%s","institution":"Universitas Contoh",
                 "segment":"%s","purpose":"RESEARCH"}""".formatted(idType, idNumber, email, segment);
    }
}
