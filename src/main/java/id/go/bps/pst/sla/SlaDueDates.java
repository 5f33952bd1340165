package id.go.bps.pst.sla;

import java.time.Instant;

/**
 * What the process needs of a clock to escalate: the due date, and when the warning and the breach fall due. Both
 * timers are null unless the clock runs (a paused or stopped request never escalates) and once they have fired.
 */
public record SlaDueDates(String requestNumber, String officeCode, ClockState state, Instant dueAt,
                          Instant warningAt, Instant breachAt) {
}
