package id.go.bps.pst.sla.domain;

import static id.go.bps.pst.sla.domain.OfficeTimes.RI_0000;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.sla.ClockEventKind;
import id.go.bps.pst.sla.ClockState;
import id.go.bps.pst.sla.PauseReason;
import id.go.bps.pst.sla.SlaClockEventView;
import id.go.bps.pst.sla.SlaClockView;
import id.go.bps.pst.sla.SlaService;

/** The clock of one request: pauses while the customer holds the ball, a due date that moves with them. */
class SlaClockTest {

    private static final WorkingTime RI = RI_0000.time();

    @Test
    void startPauseResumeStop_netCountsOnlyTheOfficesWorkingTime() {
        SlaClock clock = saleAtRi("2026-03-02T08:00");
        assertThat(clock.dueAt()).isEqualTo(RI_0000.at("2026-03-13T15:30"));

        clock.pause(RI_0000.at("2026-03-03T12:00"), PauseReason.PAYMENT, RI);
        assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
        assertThat(clock.dueAt()).as("nobody knows when the customer pays").isNull();
        assertThat(clock.net(RI_0000.at("2026-03-05T09:00"), RI)).as("frozen while paused")
                .isEqualTo(Duration.parse("PT11H30M"));

        clock.resume(RI_0000.at("2026-03-05T10:00"), RI);
        // Paused 3h30 on 03-03, all of 03-04 and 2h on 03-05: 13h of working time.
        assertThat(clock.dueAt()).isEqualTo(RI_0000.at("2026-03-17T13:30"));

        clock.stop(RI_0000.at("2026-03-06T15:30"), RI);
        Instant later = RI_0000.at("2026-04-01T10:00");
        SlaClockView view = clock.view(later, RI, RI.workingDays(2));
        assertThat(view.state()).isEqualTo(ClockState.STOPPED);
        assertThat(view.raw()).isEqualTo(Duration.parse("PT103H30M"));
        assertThat(view.net()).isEqualTo(Duration.parse("PT24H30M"));
        assertThat(view.remaining()).isEqualTo(Duration.parse("PT50H30M"));
        assertThat(view.dueAt()).isEqualTo(RI_0000.at("2026-03-17T13:30"));
        assertThat(view.breached()).isFalse();
        assertThat(view.atRisk()).isFalse();
        assertThat(view.events()).extracting(SlaClockEventView::kind).containsExactly(ClockEventKind.START,
                ClockEventKind.PAUSE, ClockEventKind.RESUME, ClockEventKind.STOP);
        assertThat(view.events().get(1).reason()).isEqualTo(PauseReason.PAYMENT);
        assertThat(view.events().get(2).at()).isEqualTo(RI_0000.at("2026-03-05T10:00"));
    }

    @ParameterizedTest(name = "{0}: paused {2} -> {3} moves the due date by {5} ({7})")
    @CsvSource({
            "RI_0000,        2026-03-10T08:00, 2026-03-17T12:00, 2026-03-25T10:00, 2026-03-30T15:30, PT5H30M,"
                    + " 2026-03-31T13:30, paused over Idulfitri 2026",
            "GORONTALO_7500, 2026-12-14T08:30, 2026-12-23T16:00, 2026-12-28T09:00, 2026-12-29T17:00, PT1H30M,"
                    + " 2026-12-30T10:00, paused over Christmas 2026 and its weekend",
            "PAPUA_9400,     2025-03-24T08:00, 2025-03-27T15:00, 2025-04-08T09:00, 2025-04-15T16:00, PT2H,"
                    + " 2025-04-16T10:00, paused over Idulfitri 2025",
    })
    void pauseOverAHolidayWeekend_movesTheDueDateByThePausedWorkingTimeOnly(
            OfficeTimes office, String start, String pause, String resume, String dueBefore, Duration pausedWorking,
            String dueAfter, String why) {
        WorkingTime time = office.time();
        SlaClock clock = SlaClock.start("PST-X", "X", SlaService.SALE, time.workingDays(10), office.at(start), time);
        assertThat(clock.dueAt()).isEqualTo(office.at(dueBefore));

        clock.pause(office.at(pause), PauseReason.OFFER_REVIEW, time);
        clock.resume(office.at(resume), time);

        assertThat(clock.dueAt()).as(why).isEqualTo(office.at(dueAfter));
        assertThat(time.between(office.at(dueBefore), clock.dueAt())).isEqualTo(pausedWorking);
        assertThat(time.between(office.at(pause), office.at(resume))).isEqualTo(pausedWorking);
        assertThat(clock.view(office.at(resume), time, Duration.ZERO).raw())
                .isEqualTo(Duration.between(office.at(start), office.at(resume)));
    }

    @Test
    void stopAfterTheBudget_isBreached_andTheDueDateStaysWhenTheBudgetRanOut() {
        SlaClock clock = saleAtRi("2026-03-02T08:00");
        clock.pause(RI_0000.at("2026-03-16T09:00"), PauseReason.AGREEMENT, RI);

        assertThat(clock.dueAt()).as("budget already used up").isEqualTo(RI_0000.at("2026-03-13T15:30"));
        assertThat(clock.breached()).isTrue();

        clock.resume(RI_0000.at("2026-03-16T10:00"), RI);
        clock.stop(RI_0000.at("2026-03-16T11:00"), RI);
        assertThat(clock.dueAt()).isEqualTo(RI_0000.at("2026-03-13T15:30"));
        assertThat(clock.remaining(RI_0000.at("2026-03-16T11:00"), RI)).isEqualTo(Duration.ofHours(-2));
    }

    @Test
    void stopExactlyAtTheDueDate_isOnTime() {
        SlaClock clock = saleAtRi("2026-03-02T08:00");

        clock.stop(RI_0000.at("2026-03-13T15:30"), RI);

        assertThat(clock.breached()).isFalse();
        assertThat(clock.remaining(RI_0000.at("2026-03-20T10:00"), RI)).isZero();
    }

    @ParameterizedTest(name = "at {0}: remaining {1}, at risk {2}")
    @CsvSource({
            "2026-03-11T15:30, PT15H,  false, exactly 2 working days left",
            "2026-03-12T09:00, PT14H,  true,  under 2 working days left",
            "2026-03-13T15:30, PT0S,   true,  due now",
            "2026-03-16T08:30, -PT30M, false, breached, no longer a risk but a breach",
    })
    void view_atRiskUnderTwoWorkingDaysLeft(String now, Duration remaining, boolean atRisk, String why) {
        SlaClock clock = saleAtRi("2026-03-02T08:00");

        SlaClockView view = clock.view(RI_0000.at(now), RI, RI.workingDays(2));

        assertThat(view.remaining()).as(why).isEqualTo(remaining);
        assertThat(view.atRisk()).as(why).isEqualTo(atRisk);
        assertThat(view.breached()).as(why).isEqualTo(remaining.isNegative());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "pauseWhenPaused,      sla.clock-already-paused",
            "resumeWhenRunning,    sla.clock-not-paused",
            "pauseAfterStop,       sla.clock-stopped",
            "resumeAfterStop,      sla.clock-stopped",
            "stopAfterStop,        sla.clock-stopped",
            "eventBeforeLastEvent, sla.clock-event-out-of-order",
            "pauseWithoutReason,   sla.pause-reason-required",
    })
    void invalidTransitions_areRefusedWithAClearProblem(String path, String code) {
        SlaClock clock = saleAtRi("2026-03-02T08:00");
        Instant at = RI_0000.at("2026-03-03T09:00");
        Consumer<SlaClock> invalid = switch (path) {
            case "pauseWhenPaused" -> c -> {
                c.pause(at, PauseReason.PAYMENT, RI);
                c.pause(at.plusSeconds(60), PauseReason.AGREEMENT, RI);
            };
            case "resumeWhenRunning" -> c -> c.resume(at, RI);
            case "pauseAfterStop" -> c -> {
                c.stop(at, RI);
                c.pause(at, PauseReason.PAYMENT, RI);
            };
            case "resumeAfterStop" -> c -> {
                c.stop(at, RI);
                c.resume(at, RI);
            };
            case "stopAfterStop" -> c -> {
                c.stop(at, RI);
                c.stop(at, RI);
            };
            case "eventBeforeLastEvent" -> c -> c.pause(RI_0000.at("2026-03-02T07:59"), PauseReason.PAYMENT, RI);
            default -> c -> c.pause(at, null, RI);
        };

        assertThatThrownBy(() -> invalid.accept(clock)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.code()).isEqualTo(code));
    }

    @Test
    void refusedTransition_keepsTheTimelineUnchanged() {
        SlaClock clock = saleAtRi("2026-03-02T08:00");
        clock.stop(RI_0000.at("2026-03-03T09:00"), RI);

        assertThatThrownBy(() -> clock.resume(RI_0000.at("2026-03-04T09:00"), RI)).isInstanceOf(ApiProblem.class);

        SlaClockView view = clock.view(RI_0000.at("2026-03-05T09:00"), RI, Duration.ZERO);
        assertThat(view.events()).hasSize(2);
        assertThat(view.net()).isEqualTo(Duration.parse("PT8H30M"));
    }

    @Test
    void paymentAndAgreementOverlap_clockResumesOnlyWhenNeitherWaits() {
        SlaClock clock = saleAtRi("2026-03-02T08:00");

        clock.changeWaits(java.util.Set.of(PauseReason.AGREEMENT), java.util.Set.of(), RI_0000.at("2026-03-02T10:00"), RI);
        clock.changeWaits(java.util.Set.of(PauseReason.PAYMENT), java.util.Set.of(), RI_0000.at("2026-03-02T10:00"), RI);
        assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
        assertThat(clock.waits()).containsExactlyInAnyOrder(PauseReason.AGREEMENT, PauseReason.PAYMENT);

        clock.changeWaits(java.util.Set.of(), java.util.Set.of(PauseReason.PAYMENT), RI_0000.at("2026-03-03T10:00"), RI);
        assertThat(clock.state()).as("the SPPD still waits on the customer").isEqualTo(ClockState.PAUSED);
        assertThat(clock.warningDue(RI.workingDays(2), RI)).as("a paused clock never escalates").isNull();
        assertThat(clock.breachDue()).isNull();

        clock.changeWaits(java.util.Set.of(), java.util.Set.of(PauseReason.AGREEMENT), RI_0000.at("2026-03-04T10:00"), RI);
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        // Two hours ran on 03-02; the two days paused (7h30 each) push the due date from 03-13 15:30 by 15h.
        assertThat(clock.dueAt()).isEqualTo(RI_0000.at("2026-03-17T15:30"));
        assertThat(clock.breachDue()).isEqualTo(clock.dueAt());
        // Warning when two working days (15h) remain: 15h before the due date in working time.
        assertThat(clock.warningDue(RI.workingDays(2), RI)).isEqualTo(RI_0000.at("2026-03-13T15:30"));
        assertThat(clock.view(RI_0000.at("2026-03-04T10:00"), RI, RI.workingDays(2)).events())
                .extracting(SlaClockEventView::kind)
                .containsExactly(ClockEventKind.START, ClockEventKind.PAUSE, ClockEventKind.RESUME);
    }

    @Test
    void waitsOnAStoppedClock_changeNothing() {
        SlaClock clock = saleAtRi("2026-03-02T08:00");
        clock.stop(RI_0000.at("2026-03-03T15:30"), RI);

        boolean changed = clock.changeWaits(java.util.Set.of(PauseReason.PAYMENT), java.util.Set.of(),
                RI_0000.at("2026-03-04T10:00"), RI);

        assertThat(changed).isFalse();
        assertThat(clock.state()).isEqualTo(ClockState.STOPPED);
        assertThat(clock.netMinutes()).as("two full days at BPS RI").isEqualTo(15 * 60);
    }

    @Test
    void cancelledClock_isStoppedAndMarkedCancelled_breachStaysForGood() {
        SlaClock clock = saleAtRi("2026-03-02T08:00");
        clock.markBreached(RI_0000.at("2026-03-13T15:30"));
        clock.cancel(RI_0000.at("2026-03-16T09:00"), RI);

        assertThat(clock.cancelled()).isTrue();
        assertThat(clock.breached()).isTrue();
        assertThat(clock.breachedAt()).isEqualTo(RI_0000.at("2026-03-13T15:30"));
    }

    @Test
    void holidayAddedWhileRunning_recomputeMovesTheDueDateByOneWorkingDay() {
        SlaClock clock = saleAtRi("2026-03-02T08:00");
        java.util.Set<java.time.LocalDate> more = new java.util.HashSet<>(OfficeTimes.HOLIDAYS_2025_2026);
        more.add(java.time.LocalDate.parse("2026-03-10"));

        clock.recompute(new WorkingTime(java.time.ZoneId.of("Asia/Jakarta"), java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(15, 30), java.util.EnumSet.range(java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.FRIDAY), more));

        assertThat(clock.dueAt()).isEqualTo(RI_0000.at("2026-03-16T15:30"));
    }

    private static SlaClock saleAtRi(String start) {
        return SlaClock.start("PST-0000-2026-000001", "0000", SlaService.SALE, RI.workingDays(10),
                RI_0000.at(start), RI);
    }
}
