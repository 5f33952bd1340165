package id.go.bps.pst.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import id.go.bps.pst.portal.SaleBackstage;
import id.go.bps.pst.request.process.SlaTimerReconciler;

/**
 * The SLA breach with the real beans (issue 5): the breach timer's job runs (as the job executor would when the
 * clock's due date passes), the request is breached for good, the supervisors are mailed and handle the task:
 * a reassignment to an officer of another office is refused, one of the same office takes the officer's task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SlaEscalationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    SlaTimerReconciler reconciler;
    @Value("${pst.customer.demo-password}")
    String password;

    @Test
    void breachFires_requestBreachedForGood_supervisorReassignsTheOfficersTask() throws Exception {
        String number = saleWaitingForTheOffer();
        ProcessInstance sale = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("OnlineSaleProcess").singleResult();
        Job breach = management.createJobQuery().processInstanceId(sale.getId())
                .activityId("StartEvent_SlaBreached").singleResult();

        // the job executor runs the timer once its due date has passed: so does the engine clock here
        ClockUtil.setCurrentTime(new Date(breach.getDuedate().getTime() + 1000));
        try {
            management.executeJob(breach.getId());
            runJobs(number);
        } finally {
            ClockUtil.reset();
        }

        assertThat(jdbc.queryForObject("select breached from sla_clock where request_number = ?", Boolean.class,
                number)).isTrue();
        // The demo supervisors have no mail address: the notice is sent to nobody, but it is sent.
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(sale.getId())
                .activityId("SendTask_NotifySlaBreached").finished().count()).isEqualTo(1);
        Task handle = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("UserTask_HandleSlaBreach").singleResult();
        assertThat(tasks.getIdentityLinksForTask(handle.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("supervisor3300"));

        assertThatThrownBy(() -> tasks.complete(handle.getId(), Map.of("slaBreachAction", "REASSIGN",
                "slaReassignTo", "petugas1906", "slaBreachReason", "Petugas cuti")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("officer3300");
        tasks.complete(handle.getId(), Map.of("slaBreachAction", "REASSIGN", "slaReassignTo", "petugas3300",
                "slaBreachReason", "Petugas cuti sakit"));

        Task prepare = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("UserTask_PrepareOffer").singleResult();
        assertThat(prepare.getAssignee()).isEqualTo("petugas3300");
        assertThat(jdbc.queryForObject("select breach_reason from sla_clock where request_number = ?",
                String.class, number)).isEqualTo("Petugas cuti sakit");
        assertThat(management.createJobQuery().processInstanceId(sale.getId())
                .activityId("StartEvent_SlaBreached").count()).as("a breach fires once").isZero();
    }

    @Test
    void breachTimerFiringEarly_theClockDoesNotConfirm_nothingEscalates() throws Exception {
        String number = saleWaitingForTheOffer();
        ProcessInstance sale = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("OnlineSaleProcess").singleResult();
        Job breach = management.createJobQuery().processInstanceId(sale.getId())
                .activityId("StartEvent_SlaBreached").singleResult();

        management.executeJob(breach.getId()); // now: ten working days too early
        runJobs(number);

        assertThat(jdbc.queryForObject("select breached from sla_clock where request_number = ?", Boolean.class,
                number)).isFalse();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(sale.getId())
                .activityId("EndEvent_SlaBreachNotDue").finished().count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("UserTask_HandleSlaBreach").count()).isZero();
    }

    @Test
    void timerLeftBehindByALostMove_isPutBackByTheReconciler() throws Exception {
        String number = saleWaitingForTheOffer();
        ProcessInstance sale = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("OnlineSaleProcess").singleResult();
        Job breach = management.createJobQuery().processInstanceId(sale.getId())
                .activityId("StartEvent_SlaBreached").singleResult();
        Date right = breach.getDuedate();
        management.setJobDuedate(breach.getId(), new Date(right.getTime() - 86_400_000L));

        assertThat(reconciler.reconcile()).isGreaterThanOrEqualTo(1);

        assertThat(management.createJobQuery().jobId(breach.getId()).singleResult().getDuedate()).isEqualTo(right);
    }

    private String saleWaitingForTheOffer() throws Exception {
        String number = JsonPath.read(mvc.perform(post("/api/requests").with(customer())
                .contentType(MediaType.APPLICATION_JSON).content(RequestApiIT.SUSENAS_CART))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
        upload(number, DocumentKind.ABSTRACT, "abstraksi.pdf", OnlineSaleIT.PDF);
        upload(number, DocumentKind.NPWP_CARD, "npwp.png", OnlineSaleIT.PNG);
        mvc.perform(post("/api/requests/" + number + "/submit").with(customer())).andExpect(status().isAccepted());
        runJobs(number);
        Task check = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("UserTask_CheckDocuments").singleResult();
        tasks.complete(check.getId(), Map.of("documentCheck", "COMPLETE"));
        runJobs(number);
        return number;
    }

    private void upload(String number, DocumentKind kind, String name, byte[] bytes) throws Exception {
        mvc.perform(multipart("/api/requests/" + number + "/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("type", kind.name()).with(customer())).andExpect(status().isCreated());
    }

    private void runJobs(String number) {
        SaleBackstage.runDueJobs(runtime, management, number);
    }

    private RequestPostProcessor customer() {
        return httpBasic(OnlineSaleIT.CUSTOMER, password);
    }
}
