package id.go.bps.pst.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import id.go.bps.pst.document.Actor;
import id.go.bps.pst.document.ActorKind;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.Documents;
import id.go.bps.pst.document.NewFile;
import id.go.bps.pst.notification.domain.OutboxMailRepository;
import id.go.bps.pst.payment.Payments;
import id.go.bps.pst.payment.domain.NotificationSignature;
import id.go.bps.pst.platform.Problems;
import id.go.bps.pst.portal.SaleBackstage;
import id.go.bps.pst.sla.ClockEventKind;
import id.go.bps.pst.sla.ClockState;
import id.go.bps.pst.sla.PauseReason;
import id.go.bps.pst.sla.SlaClockEventView;
import id.go.bps.pst.sla.SlaClockView;
import id.go.bps.pst.sla.SlaClocks;

/**
 * A whole online microdata sale through the customer API, with the officers' tasks completed as Tasklist would and
 * the payment arriving from the billing gateway: request, documents, check, offer, payment (and its duplicate
 * notification), SPPD, delivery, download, acceptance and rating.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OnlineSaleIT {

    static final String CUSTOMER = "budi@contoh.co.id";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
            0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    Documents documents;
    @Autowired
    Payments payments;
    @Autowired
    NotificationSignature signature;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    SlaClocks sla;
    @Autowired
    org.camunda.bpm.engine.IdentityService identity;
    @Value("${pst.customer.demo-password}")
    String password;

    @Test
    void microdataSale_fromRequestToRating() throws Exception {
        String number = JsonPath.read(mvc.perform(post("/api/requests").with(customer())
                .contentType(MediaType.APPLICATION_JSON).content(RequestApiIT.SUSENAS_CART))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");

        Problems.of(mvc, post("/api/requests/" + number + "/submit").with(customer()))
                .is(409, "request.documents.missing");
        upload(number, DocumentKind.ABSTRACT, "abstraksi.pdf", PDF).andExpect(status().isCreated());
        upload(number, DocumentKind.NPWP_CARD, "npwp.png", PNG).andExpect(status().isCreated());
        mvc.perform(post("/api/requests/" + number + "/submit").with(customer()))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("CHECKING_DOCUMENTS"))
                .andExpect(header().string("Location", "/api/requests/" + number));
        runJobs(number);

        complete(number, "UserTask_CheckDocuments", "officer3300", Map.of("documentCheck", "COMPLETE"));
        documents.store(new NewFile(number, DocumentKind.DATA_SAMPLE, "contoh-susenas.csv", officer()),
                new ByteArrayInputStream("R101,R407\n33,25\n".getBytes(StandardCharsets.UTF_8)));
        SlaClockView started = sla.view(number);
        assertThat(started.state()).as("documents complete: the clock runs").isEqualTo(ClockState.RUNNING);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("UserTask_PrepareOffer").singleResult().getDueDate())
                .as("the officer's task is due when the clock is").isEqualTo(java.util.Date.from(started.dueAt()));
        detail(number).andExpect(jsonPath("$.slaDueAt").value(started.dueAt().toString()));
        assertThat(slaTimer(number, "StartEvent_SlaBreached")).as("the breach timer follows the clock")
                .isEqualTo(java.util.Date.from(started.dueAt()));
        complete(number, "UserTask_PrepareOffer", "officer3300", Map.of("offerDocumentsReady", true));
        assertThat(sla.view(number).state()).as("the customer reviews the offer").isEqualTo(ClockState.PAUSED);
        assertThat(slaTimer(number, "StartEvent_SlaBreached")).as("a paused request never escalates")
                .isAfter(java.util.Date.from(java.time.Instant.parse("9999-01-01T00:00:00Z")));
        assertThat(slaTimer(number, "StartEvent_SlaWarning"))
                .isAfter(java.util.Date.from(java.time.Instant.parse("9999-01-01T00:00:00Z")));
        detail(number).andExpect(jsonPath("$.status").value("WAITING_OFFER_REVIEW"))
                .andExpect(jsonPath("$.slaDueAt").doesNotExist())
                .andExpect(jsonPath("$.documents[*].kind").value(hasItem("INVOICE")))
                .andExpect(jsonPath("$.actions").value(hasItem("REVIEW_OFFER")));
        mvc.perform(get("/api/requests/" + number + "/documents").with(customer()))
                .andExpect(jsonPath("$[*].kind").value(hasItem("INVOICE")))
                .andExpect(jsonPath("$[*].kind").value(hasItem("AGREEMENT")));

        Problems.of(mvc, post("/api/requests/" + number + "/acceptance").with(customer()))
                .is(409, "request.action.not-now");
        mvc.perform(post("/api/requests/" + number + "/offer-review").with(customer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"accepted\":true}")).andExpect(status().isAccepted());
        runJobs(number);

        detail(number).andExpect(jsonPath("$.payment.billingCode").value(org.hamcrest.Matchers.matchesPattern("\\d{15}")))
                .andExpect(jsonPath("$.payment.paid").value(false));
        payTwice(number);
        detail(number).andExpect(jsonPath("$.payment.paid").value(true));
        runJobs(number);
        upload(number, DocumentKind.SIGNED_AGREEMENT, "sppd-ditandatangani.pdf", PDF)
                .andExpect(status().isCreated());
        runJobs(number);
        complete(number, "UserTask_VerifyAgreement", "officer3300", Map.of("agreementAccepted", true,
                "agreementCopies", 2, "meteraiType", "PAPER"));

        documents.store(new NewFile(number, DocumentKind.PRODUCT_FILE, "susenas-2024-03-jateng.csv", officer()),
                new ByteArrayInputStream("R101,R407\n33,25\n33,41\n".getBytes(StandardCharsets.UTF_8)));
        complete(number, "UserTask_DeliverProduct", "officer3300", Map.of("productFilesUploaded", true));
        detail(number).andExpect(jsonPath("$.status").value("DELIVERED"));
        SlaClockView stopped = sla.view(number);
        // Paused for the offer review, then for payment and SPPD together: one pause, resumed when neither waits.
        assertThat(stopped.events()).extracting(SlaClockEventView::kind).containsExactly(ClockEventKind.START,
                ClockEventKind.PAUSE, ClockEventKind.RESUME, ClockEventKind.STOP);
        assertThat(stopped.events().get(1).reason()).isEqualTo(PauseReason.OFFER_REVIEW);
        detail(number).andExpect(jsonPath("$.slaDueAt").value(stopped.dueAt().toString()));
        downloadProduct(number);

        // a revision: back to the officer, fixed, delivered again
        mvc.perform(post("/api/requests/" + number + "/revisions").with(customer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Tambahkan variabel R405\"}"))
                .andExpect(status().isAccepted());
        runJobs(number);
        detail(number).andExpect(jsonPath("$.status").value("REVISING"));
        complete(number, "UserTask_HandleRevision", "officer3300", Map.of("revisionOutcome", "FIXED",
                "decisionReason", "Variabel R405 ditambahkan"));
        detail(number).andExpect(jsonPath("$.status").value("DELIVERED"));

        mvc.perform(post("/api/requests/" + number + "/acceptance").with(customer())).andExpect(status().isAccepted());
        runJobs(number);
        mvc.perform(post("/api/requests/" + number + "/rating").with(customer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":5,\"feedback\":\"Cepat\"}"))
                .andExpect(status().isAccepted());
        runJobs(number);

        detail(number).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.actions").isEmpty())
                .andExpect(jsonPath("$.timeline[*].step").value(hasItem("UserTask_CheckDocuments")));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
        assertThat(outbox.findByRequestNumberOrderById(number)).extracting(m -> m.notice().name())
                .contains("OFFER_READY", "BILLING_CODE_ISSUED", "DELIVERED", "CLOSED_PLEASE_RATE");
    }

    @Test
    void customerAbroad_transferProofRejectedThenAccepted_paperSppd_isDelivered() throws Exception {
        String number = JsonPath.read(mvc.perform(post("/api/requests").with(abroad())
                .contentType(MediaType.APPLICATION_JSON).content(RequestApiIT.SUSENAS_CART))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.abroad").value(true))
                .andReturn().getResponse().getContentAsString(), "$.number");
        upload(number, DocumentKind.ABSTRACT, "abstract.pdf", PDF, abroad()).andExpect(status().isCreated());
        mvc.perform(post("/api/requests/" + number + "/submit").with(abroad())).andExpect(status().isAccepted());
        complete(number, "UserTask_CheckDocuments", "officer3300", Map.of("documentCheck", "COMPLETE"));
        complete(number, "UserTask_PrepareOffer", "officer3300", Map.of("offerDocumentsReady", true));
        mvc.perform(post("/api/requests/" + number + "/offer-review").with(abroad())
                .contentType(MediaType.APPLICATION_JSON).content("{\"accepted\":true}")).andExpect(status().isAccepted());
        runJobs(number);
        assertThat(payments.billingCodeOf(number)).as("no billing code abroad").isEmpty();

        upload(number, DocumentKind.TRANSFER_PROOF, "swift.pdf", PDF, abroad()).andExpect(status().isCreated());
        completeAs("bendahara3300", number, "UserTask_VerifyTransfer", "treasurer3300",
                Map.of("transferAccepted", false, "decisionReason", "Nominal kurang"));
        mvc.perform(get("/api/requests/" + number).with(abroad()))
                .andExpect(jsonPath("$.actions").value(hasItem("UPLOAD_TRANSFER_PROOF")));
        upload(number, DocumentKind.TRANSFER_PROOF, "swift-2.pdf", PDF, abroad()).andExpect(status().isCreated());
        completeAs("bendahara3300", number, "UserTask_VerifyTransfer", "treasurer3300",
                Map.of("transferAccepted", true));
        assertThat(payments.paymentOf(number)).hasValueSatisfying(p -> {
            assertThat(p.verifiedBy()).isEqualTo("bendahara3300");
            assertThat(p.ntpn()).isNull();
        });

        mvc.perform(post("/api/requests/" + number + "/agreement-posted").with(abroad()))
                .andExpect(status().isNoContent());
        complete(number, "UserTask_VerifyAgreement", "officer3300", Map.of("agreementAccepted", true,
                "agreementCopies", 2, "meteraiType", "E_METERAI", "eMeteraiSerial", "AB12CD34EF56GH78IJ90KL"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(number, "UserTask_DeliverProduct",
                "officer3300", Map.of("productFilesUploaded", true))).hasMessageContaining("Upload the product file");
        documents.store(new NewFile(number, DocumentKind.PRODUCT_FILE, "susenas.csv", officer()),
                new ByteArrayInputStream("R101\n33\n".getBytes(StandardCharsets.UTF_8)));
        complete(number, "UserTask_DeliverProduct", "officer3300", Map.of("productFilesUploaded", true));

        mvc.perform(get("/api/requests/" + number).with(abroad()))
                .andExpect(jsonPath("$.status").value("DELIVERED"));
        mvc.perform(get("/api/requests/" + number + "/documents").with(abroad()))
                .andExpect(jsonPath("$[*].kind").value(hasItem("RECEIPT")));
        assertThat(outbox.findByRequestNumberOrderById(number)).extracting(m -> m.notice().name())
                .contains("TRANSFER_INSTRUCTIONS", "TRANSFER_REJECTED");
    }

    /** The gateway notifies the payment, then sends the same notification again: one payment, both answered 200. */
    private void payTwice(String number) throws Exception {
        String code = payments.billingCodeOf(number).orElseThrow().code();
        String body = """
                {"billingCode":"%s","ntpn":"%s","amount":295000,"paidAt":"%s","channel":"BANK IT"}"""
                .formatted(code, String.format("NT%014d", System.nanoTime() % 100_000_000_000_000L), Instant.now());
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/payments/notifications").contentType(MediaType.APPLICATION_JSON).content(body)
                    .header(NotificationSignature.HEADER, signature.sign(body.getBytes(StandardCharsets.UTF_8))))
                    .andExpect(status().isOk());
        }
        assertThat(payments.paymentOf(number)).hasValueSatisfying(p -> assertThat(p.amount()).isEqualTo(295_000));
    }

    private void downloadProduct(String number) throws Exception {
        String list = mvc.perform(get("/api/requests/" + number + "/documents").with(customer()))
                .andReturn().getResponse().getContentAsString();
        List<Integer> products = JsonPath.read(list, "$[?(@.kind == 'PRODUCT_FILE')].id");
        List<Integer> receipts = JsonPath.read(list, "$[?(@.kind == 'RECEIPT')].id");
        assertThat(products).hasSize(1);
        assertThat(receipts).hasSize(1);
        String csv = mvc.perform(get("/api/requests/" + number + "/documents/" + products.get(0)).with(customer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("33,41");
        Problems.of(mvc, get("/api/requests/" + number + "/documents/" + products.get(0))
                .with(httpBasic(RequestApiIT.UNIVERSITY, password))).is(404, "request.not-found");
    }

    private ResultActions upload(String number, DocumentKind kind, String name, byte[] bytes) throws Exception {
        return upload(number, kind, name, bytes, customer());
    }

    private ResultActions upload(String number, DocumentKind kind, String name, byte[] bytes,
                                 RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/api/requests/" + number + "/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("type", kind.name()).with(who));
    }

    /** As Tasklist does when a user is given: the engine knows who completes the task (and checks its grants). */
    private void completeAs(String user, String number, String taskKey, String group, Map<String, Object> variables) {
        runJobs(number);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey)
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
        runJobs(number);
    }

    /** The due date of the sale's SLA escalation timer. */
    private java.util.Date slaTimer(String number, String activityId) {
        String sale = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("OnlineSaleProcess").singleResult().getId();
        return management.createJobQuery().processInstanceId(sale).activityId(activityId).singleResult()
                .getDuedate();
    }

    private ResultActions detail(String number) throws Exception {
        return mvc.perform(get("/api/requests/" + number).with(customer())).andExpect(status().isOk());
    }

    private void complete(String number, String taskKey, String group, Map<String, Object> variables) {
        completeAs(null, number, taskKey, group, variables);
    }

    private void runJobs(String number) {
        SaleBackstage.runDueJobs(runtime, management, number);
    }

    private RequestPostProcessor customer() {
        return httpBasic(CUSTOMER, password);
    }

    private RequestPostProcessor abroad() {
        return httpBasic(RequestApiIT.ABROAD, password);
    }

    private static Actor officer() {
        return new Actor("petugas3300", ActorKind.STAFF);
    }
}
