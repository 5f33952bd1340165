package id.go.bps.pst.request.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import id.go.bps.pst.sla.ClockState;
import id.go.bps.pst.sla.SlaDueDates;

/**
 * The SLA escalation of {@code processes/online-sale.bpmn} (issue 5): the warning and breach timers fire when the
 * engine clock passes the dates the clock gave them, and a request whose clock is paused never escalates. The
 * timers are moved by {@link SlaTimers#move}, exactly as the application moves them after each clock change.
 */
class SlaEscalationProcessTest extends SaleProcessTest {

    @Test
    void beforeTheClockStarts_timersWaitForever() {
        Sale sale = Sale.start(engine, SaleRequest.microdata()).after(Duration.ofDays(60));

        Assertions.assertThat(sale.timerDueAt("StartEvent_SlaWarning")).isEqualTo(SlaTimers.NEVER);
        Assertions.assertThat(sale.timerDueAt("StartEvent_SlaBreached")).isEqualTo(SlaTimers.NEVER);
        Assertions.assertThat(doubles.calls("recordSlaWarningDelegate")).isZero();
    }

    @Test
    void officerHoldsTheBall_warningThenBreach_supervisorHandlesIt() {
        SaleRequest request = SaleRequest.microdata();
        Sale sale = Sale.start(engine, request).checkDocuments("COMPLETE");
        SlaTimers.move(engine, running(request, Duration.ofDays(8), Duration.ofDays(10)));
        Assertions.assertThat(sale.task("UserTask_PrepareOffer").getDueDate()).isEqualTo(fromNow(Duration.ofDays(10)));

        sale.after(Duration.ofDays(8).minusMinutes(1));
        Assertions.assertThat(doubles.calls("recordSlaWarningDelegate")).isZero();
        sale.after(Duration.ofMinutes(2));
        Assertions.assertThat(doubles.calls("recordSlaWarningDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.notices()).containsSubsequence("SLA_WARNING", "SLA_WARNING_SUPERVISOR");
        Assertions.assertThat(doubles.calls("recordSlaBreachDelegate")).isZero();

        sale.after(Duration.ofDays(2));
        Assertions.assertThat(doubles.calls("recordSlaBreachDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.notices()).endsWith("SLA_BREACHED");
        Task breach = sale.task("UserTask_HandleSlaBreach");
        assertThat(breach).hasCandidateGroup("supervisor3300");
        Assertions.assertThat(sale.task("UserTask_PrepareOffer")).as("the officer's work goes on").isNotNull();

        engine.getTaskService().complete(breach.getId(), Variables.createVariables()
                .putValue("slaBreachAction", "RECORD_REASON").putValue("slaBreachReason", "Petugas cuti sakit"));
        Assertions.assertThat(doubles.calls("handleSlaBreachListener")).isEqualTo(1);
        assertThat(sale.instance()).hasPassed("EndEvent_SlaWarned", "EndEvent_SlaBreachHandled")
                .isWaitingAt("UserTask_PrepareOffer");
        sale.after(Duration.ofDays(30));
        Assertions.assertThat(doubles.calls("recordSlaBreachDelegate")).as("a breach fires once").isEqualTo(1);
    }

    @Test
    void customerHoldsTheBall_pausedRequestNeverEscalates_untilTheClockResumes() {
        SaleRequest request = SaleRequest.microdata();
        Sale sale = Sale.start(engine, request).checkDocuments("COMPLETE");
        SlaTimers.move(engine, running(request, Duration.ofDays(8), Duration.ofDays(10)));
        sale.prepareOffer();
        assertThat(sale.instance()).isWaitingAt("ReceiveTask_WaitForOfferReview");
        SlaTimers.move(engine, new SlaDueDates(request.requestNumber(), "3300", ClockState.PAUSED, null, null,
                null));

        sale.after(Duration.ofDays(20));

        Assertions.assertThat(sale.timerDueAt("StartEvent_SlaWarning")).isEqualTo(SlaTimers.NEVER);
        Assertions.assertThat(doubles.calls("recordSlaWarningDelegate")).isZero();
        Assertions.assertThat(doubles.calls("recordSlaBreachDelegate")).isZero();
        Assertions.assertThat(doubles.notices()).doesNotContain("SLA_WARNING", "SLA_BREACHED");

        sale.reviewOffer(false);
        SlaTimers.move(engine, running(request, Duration.ofHours(1), Duration.ofHours(2)));
        Assertions.assertThat(sale.timerDueAt("StartEvent_SlaBreached")).isEqualTo(fromNow(Duration.ofHours(2)));
        sale.after(Duration.ofHours(3));
        Assertions.assertThat(doubles.calls("recordSlaWarningDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.calls("recordSlaBreachDelegate")).isEqualTo(1);
    }

    @Test
    void staleTimer_theClockDoesNotConfirm_nothingEscalates() {
        SaleRequest request = SaleRequest.microdata();
        Sale sale = Sale.start(engine, request).checkDocuments("COMPLETE");
        // the timers still carry dates the clock has since moved (their move was lost in a crash, say)
        SlaTimers.move(engine, running(request, Duration.ofDays(1), Duration.ofDays(2)));
        doubles.clockConfirmsEscalation(false);

        sale.after(Duration.ofDays(3));

        Assertions.assertThat(doubles.calls("recordSlaWarningDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.calls("recordSlaBreachDelegate")).isEqualTo(1);
        Assertions.assertThat(doubles.notices()).doesNotContain("SLA_WARNING", "SLA_WARNING_SUPERVISOR",
                "SLA_BREACHED");
        assertThat(sale.instance()).hasPassed("EndEvent_SlaWarningNotDue", "EndEvent_SlaBreachNotDue")
                .hasNotPassed("SendTask_NotifySlaBreached").isWaitingAt("UserTask_PrepareOffer");
        Assertions.assertThat(engine.getTaskService().createTaskQuery()
                .taskDefinitionKey("UserTask_HandleSlaBreach").count()).isZero();
    }

    private static SlaDueDates running(SaleRequest request, Duration warning, Duration breach) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return new SlaDueDates(request.requestNumber(), "3300", ClockState.RUNNING, now.plus(breach),
                now.plus(warning), now.plus(breach));
    }

    private static Date fromNow(Duration duration) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration));
    }
}
