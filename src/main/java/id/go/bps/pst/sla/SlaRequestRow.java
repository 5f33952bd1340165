package id.go.bps.pst.sla;

import java.time.Instant;
import java.util.List;

/**
 * An open request at risk or breached, for the dashboard's list: its due date, who holds its task now (the
 * assignee, else the candidate groups) and the process instance to open in Cockpit.
 */
public record SlaRequestRow(String requestNumber, String officeCode, ClockState state, Instant startedAt,
                            Instant dueAt, boolean breached, String processInstanceId, List<String> holders) {
}
