package id.go.bps.pst.sla;

/**
 * A clock started, paused, resumed, stopped, escalated or had its due date recomputed (holidays changed): whoever
 * keeps timers or task due dates for it moves them to {@code dates}. Published inside the transaction that changed it.
 */
public record SlaClockChanged(SlaDueDates dates) {
}
