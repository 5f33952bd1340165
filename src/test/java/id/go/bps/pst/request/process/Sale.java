package id.go.bps.pst.request.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One online sale driven the way the application drives it: started with the request's variables, officers
 * complete their tasks with what their forms submit, customer actions arrive as messages correlated by the request
 * number, and every due job (async continuations, timers) runs after each step, as the job executor would. Each
 * test has the engine to itself (its deployment, with its instances and jobs, is deleted after it), so every job
 * in the engine belongs to this sale.
 */
final class Sale {

    private static final int MAX_JOBS_PER_STEP = 50;

    private final ProcessEngine engine;
    private final SaleRequest request;
    private final ProcessInstance instance;

    private Sale(ProcessEngine engine, SaleRequest request) {
        this.engine = engine;
        this.request = request;
        this.instance = engine.getRuntimeService()
                .startProcessInstanceByKey("OnlineSaleProcess", request.requestNumber(), request.variables());
        runDueJobs();
    }

    static Sale start(ProcessEngine engine, SaleRequest request) {
        return new Sale(engine, request);
    }

    ProcessInstance instance() {
        return instance;
    }

    // ---- officers (forms) ----------------------------------------------------------------------------------------

    Sale checkDocuments(String verdict) {
        String reason = "COMPLETE".equals(verdict) ? null : "Abstraksi tidak menjelaskan variabel R407";
        return complete("UserTask_CheckDocuments",
                Variables.createVariables().putValue("documentCheck", verdict).putValue("decisionReason", reason));
    }

    Sale prepareOffer() {
        return complete("UserTask_PrepareOffer", Variables.createVariables().putValue("offerDocumentsReady", true));
    }

    Sale verifyTransfer(boolean accepted) {
        return complete("UserTask_VerifyTransfer", Variables.createVariables()
                .putValue("transferAccepted", accepted)
                .putValue("decisionReason", accepted ? null : "Nominal transfer kurang dari tagihan"));
    }

    /** What verify-agreement submits: number fields arrive as Integer. */
    Sale verifyAgreement(boolean accepted) {
        return complete("UserTask_VerifyAgreement", Variables.createVariables()
                .putValue("agreementAccepted", accepted)
                .putValue("agreementCopies", accepted ? 2 : 1)
                .putValue("meteraiType", "E_METERAI")
                .putValue("eMeteraiSerial", "AB12CD34EF56GH78IJ90KL")
                .putValue("decisionReason", accepted ? null : "Hanya satu rangkap yang ditandatangani"));
    }

    /** An officer tries to accept the SPPD with the given copies and meterai (the listener may refuse it). */
    Sale acceptAgreementWith(int copies, String meteraiType, String serial) {
        return complete("UserTask_VerifyAgreement", Variables.createVariables()
                .putValue("agreementAccepted", true)
                .putValue("agreementCopies", copies)
                .putValue("meteraiType", meteraiType)
                .putValue("eMeteraiSerial", serial));
    }

    Sale deliver() {
        return complete("UserTask_DeliverProduct", Variables.createVariables().putValue("productFilesUploaded", true));
    }

    Sale handleRevision() {
        return complete("UserTask_HandleRevision", Variables.createVariables()
                .putValue("revisionOutcome", "FIXED")
                .putValue("decisionReason", "Variabel R405 ditambahkan"));
    }

    // ---- customers and outside systems (messages) ----------------------------------------------------------------

    Sale supplyDocument() {
        return correlate("Msg_DocumentSupplied", Variables.createVariables());
    }

    Sale reviewOffer(boolean accepted) {
        return correlate("Msg_OfferReviewed", Variables.createVariables()
                .putValue("offerAccepted", accepted)
                .putValue("decisionReason", accepted ? null : "Mohon tambahkan wilayah 75 (Gorontalo)"));
    }

    Sale pay() {
        return correlate("Msg_PaymentReceived", Variables.createVariables());
    }

    Sale uploadTransferProof() {
        return correlate("Msg_TransferProofUploaded", Variables.createVariables());
    }

    Sale submitAgreement() {
        return correlate("Msg_AgreementSubmitted", Variables.createVariables());
    }

    Sale requestRevision() {
        return correlate("Msg_RevisionRequested", Variables.createVariables());
    }

    Sale acceptDelivery() {
        return correlate("Msg_DeliveryAccepted", Variables.createVariables());
    }

    Sale rate(int rating, boolean complaintFiled) {
        return correlate("Msg_Rated",
                Variables.createVariables().putValue("rating", rating).putValue("complaintFiled", complaintFiled));
    }

    // ---- time --------------------------------------------------------------------------------------------------

    /** Moves the engine clock and runs what fell due, as the job executor would. */
    Sale after(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
        runDueJobs();
        return this;
    }

    /** The due date of the timer waiting in an activity, if one is. */
    Date timerDueAt(String activityId) {
        Job timer = engine.getManagementService().createJobQuery().timers().activityId(activityId).singleResult();
        assertThat(timer).as("timer in %s", activityId).isNotNull();
        return timer.getDuedate();
    }

    Task task(String taskKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(request.requestNumber())
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task %s of %s", taskKey, request.requestNumber()).isNotNull();
        return task;
    }

    /** The running instance of a called process (PaymentProcess, AgreementProcess) of this request, if any. */
    ProcessInstance called(String processKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(request.requestNumber()).singleResult();
    }

    long runningInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(request.requestNumber()).count();
    }

    private Sale complete(String taskKey, VariableMap variables) {
        engine.getTaskService().complete(task(taskKey).getId(), variables);
        runDueJobs();
        return this;
    }

    private Sale correlate(String message, VariableMap variables) {
        engine.getRuntimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(request.requestNumber())
                .setVariables(variables)
                .correlateWithResult();
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
        throw new AssertionError("More than " + MAX_JOBS_PER_STEP + " jobs in one step of " + request.requestNumber());
    }
}
