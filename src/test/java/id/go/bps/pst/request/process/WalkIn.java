package id.go.bps.pst.request.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Plays one visit to the desk through {@code processes/walk-in.bpmn} as the desk API, the officers' forms, the
 * treasurer and the kiosk would: messages to the visit (business key {@code KUNJUNGAN-<id>}), tasks of the visit and
 * of the processes it calls for its request. Due jobs run after each step, as the job executor would.
 */
final class WalkIn {

    private static final AtomicLong VISITS = new AtomicLong(1000);
    private static final int MAX_JOBS_PER_STEP = 50;

    private final ProcessEngine engine;
    private final String visitCode;
    private final SaleRequest request;
    private final ProcessInstance instance;

    private WalkIn(ProcessEngine engine, SaleRequest request, boolean queueEnabled) {
        this.engine = engine;
        this.request = request;
        long visitId = VISITS.incrementAndGet();
        this.visitCode = "KUNJUNGAN-" + visitId;
        VariableMap start = Variables.createVariables().putValue("visitId", visitId)
                .putValue("officeCode", request.officeCode()).putValue("queueEnabled", queueEnabled);
        if (queueEnabled) {
            start.putValue("queueNumber", 7);
        }
        this.instance = engine.getRuntimeService().startProcessInstanceByKey("WalkInProcess", visitCode, start);
        runDueJobs();
    }

    /** A visitor who took a queue number (seed 001). */
    static WalkIn queued(ProcessEngine engine, SaleRequest request) {
        return new WalkIn(engine, request, true);
    }

    /** A visitor greeted at once, where the office has no queue numbers (seed 003). */
    static WalkIn greeted(ProcessEngine engine, SaleRequest request) {
        return new WalkIn(engine, request, false);
    }

    ProcessInstance instance() {
        return instance;
    }

    // ---- desk API and kiosk (messages to the visit) ----------------------------------------------------------------

    WalkIn call() {
        return correlate("Msg_VisitorCalled", Variables.createVariables().putValue("desk", "1"));
    }

    WalkIn recordGuest() {
        return correlate("Msg_GuestRecorded", Variables.createVariables().putValue("customerId", 42L));
    }

    WalkIn recordRequest() {
        return correlate("Msg_RequestRecorded", Variables.createVariables().putValue("quotedAmount", 420_000L));
    }

    WalkIn rateAtKiosk(int rating, boolean complaint) {
        return correlate("Msg_VisitRated",
                Variables.createVariables().putValue("rating", rating).putValue("complaintFiled", complaint));
    }

    /** The bank's payment notification reaches the payment process by the request number, as online. */
    WalkIn payAtBank() {
        engine.getRuntimeService().createMessageCorrelation("Msg_PaymentReceived")
                .processInstanceBusinessKey(request.requestNumber()).correlateWithResult();
        runDueJobs();
        return this;
    }

    /** Called, guest book filled, request recorded: the documents check is next. */
    WalkIn upToDocumentCheck() {
        return call().recordGuest().recordRequest();
    }

    // ---- officers, treasurer and supervisor (forms) --------------------------------------------------------------

    WalkIn checkDocuments(String verdict) {
        return complete("UserTask_CheckDeskDocuments", Variables.createVariables().putValue("documentCheck", verdict)
                .putValue("decisionReason", "COMPLETE".equals(verdict) ? null : "Abstraksi untuk variabel lain"));
    }

    WalkIn prepareOffer() {
        return complete("UserTask_PrepareDeskOffer", Variables.createVariables().putValue("offerDocumentsReady", true));
    }

    WalkIn reviewOffer(boolean accepted, String paymentMethod) {
        return complete("UserTask_ReviewOfferAtDesk", Variables.createVariables().putValue("offerAccepted", accepted)
                .putValue("decisionReason", accepted ? null : "Tambahkan wilayah 3374")
                .putValue("paymentMethod", paymentMethod));
    }

    WalkIn receiveCash() {
        return complete("UserTask_ReceiveCash", Variables.createVariables().putValue("cashReceived", 420_000)
                .putValue("receiptHandedOver", true));
    }

    /** The officer records the two copies signed over a Rp10.000 meterai at the desk. */
    WalkIn recordSignedAgreement() {
        return complete("UserTask_VerifyAgreement", Variables.createVariables().putValue("agreementAccepted", true)
                .putValue("agreementCopies", 2).putValue("meteraiType", "PAPER"));
    }

    WalkIn handOver() {
        return complete("UserTask_HandOverProduct", Variables.createVariables().putValue("handOverMedium", "MEDIA"));
    }

    WalkIn checkHandOver(boolean accepted) {
        return complete("UserTask_CheckHandOver", Variables.createVariables().putValue("productAccepted", accepted)
                .putValue("decisionReason", accepted ? null : "Berkas wilayah 3374 kosong"));
    }

    WalkIn followUpServiceStandard() {
        return complete("UserTask_FollowUpServiceStandard",
                Variables.createVariables().putValue("followUpNote", "Loket 2 dibuka"));
    }

    // ---- time --------------------------------------------------------------------------------------------------

    WalkIn after(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
        runDueJobs();
        return this;
    }

    Date timerDueAt(String activityId) {
        Job timer = engine.getManagementService().createJobQuery().timers().activityId(activityId)
                .processInstanceId(instance.getId()).singleResult();
        assertThat(timer).as("timer in %s", activityId).isNotNull();
        return timer.getDuedate();
    }

    Task task(String taskKey) {
        Task task = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKeyIn(visitCode, request.requestNumber()).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("open task %s of %s", taskKey, visitCode).isNotNull();
        return task;
    }

    ProcessInstance called(String processKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(request.requestNumber()).singleResult();
    }

    private WalkIn complete(String taskKey, VariableMap variables) {
        engine.getTaskService().complete(task(taskKey).getId(), variables);
        runDueJobs();
        return this;
    }

    private WalkIn correlate(String message, VariableMap variables) {
        engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(visitCode)
                .setVariables(variables).correlateWithResult();
        runDueJobs();
        return this;
    }

    private void runDueJobs() {
        for (int i = 0; i < MAX_JOBS_PER_STEP; i++) {
            List<Job> due = engine.getManagementService().createJobQuery().executable().listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            engine.getManagementService().executeJob(due.get(0).getId());
        }
        throw new AssertionError("More than " + MAX_JOBS_PER_STEP + " jobs in one step of " + visitCode);
    }
}
