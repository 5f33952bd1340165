package id.go.bps.pst.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A request's SLA clock as seen at {@code asOf}.
 *
 * @param raw       wall-clock time from the start to the stop (or to {@code asOf} while not stopped)
 * @param net       office-held working time: running segments only, inside service hours of working days
 * @param remaining budget minus net; negative once the budget is overrun
 * @param dueAt     when the net time reaches the budget; null while paused before that, see {@code SlaClock}
 * @param breached  the net time went over the budget (a delivery exactly at the due instant is on time)
 * @param atRisk    not breached, not stopped, and less than the warning threshold remains
 */
public record SlaClockView(String requestNumber, String officeCode, SlaService service, ClockState state,
                           Duration budget, Instant startedAt, Instant stoppedAt, Instant dueAt, Instant asOf,
                           Duration raw, Duration net, Duration remaining, boolean breached, boolean atRisk,
                           List<SlaClockEventView> events) {
}
