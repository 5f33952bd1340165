package id.go.bps.pst.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.go.bps.pst.sla.ClockEventKind;

/**
 * The running segments of a clock (START or RESUME up to the next PAUSE or STOP; an open one up to "now") and what
 * follows from them in an office's working time.
 */
final class ClockTimeline {

    private record Segment(Instant from, Instant to) {
    }

    private final List<Segment> segments;
    private final boolean running;

    private ClockTimeline(List<Segment> segments, boolean running) {
        this.segments = segments;
        this.running = running;
    }

    static ClockTimeline of(List<SlaClockEvent> events, Instant now) {
        List<Segment> segments = new ArrayList<>();
        Instant open = null;
        for (SlaClockEvent event : events) {
            if (event.kind() == ClockEventKind.START || event.kind() == ClockEventKind.RESUME) {
                open = event.occurredAt();
            } else if (open != null) {
                segments.add(new Segment(open, event.occurredAt()));
                open = null;
            }
        }
        if (open != null) {
            segments.add(new Segment(open, now.isAfter(open) ? now : open));
        }
        return new ClockTimeline(segments, open != null);
    }

    Duration net(WorkingTime time) {
        return segments.stream().map(s -> time.between(s.from(), s.to())).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * When the net time reaches {@code budget}: inside the segment where it did, or, while running, the start of
     * the open segment plus what remains. Null while paused with budget left.
     */
    Instant due(Duration budget, WorkingTime time) {
        Duration used = Duration.ZERO;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            Duration left = budget.minus(used);
            boolean open = running && i == segments.size() - 1;
            Duration held = time.between(segment.from(), segment.to());
            if (open || held.compareTo(left) >= 0) {
                return time.dueAt(segment.from(), left.isNegative() ? Duration.ZERO : left);
            }
            used = used.plus(held);
        }
        return null;
    }
}
