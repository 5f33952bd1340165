package id.go.bps.pst.sla;

import java.time.Instant;

/** One event of a clock's timeline; {@code reason} only on a pause. */
public record SlaClockEventView(ClockEventKind kind, Instant at, PauseReason reason) {
}
