package id.go.bps.pst.request;

import java.time.Instant;

/**
 * One step of a request's history: a step of the process (its BPMN element id and name) with when it started and
 * ended (null while it is under way).
 */
public record TimelineEntry(String step, String name, Instant startedAt, Instant endedAt) {
}
