package id.go.bps.pst.sla.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.bps.pst.sla.ClockEventKind;
import id.go.bps.pst.sla.PauseReason;
import id.go.bps.pst.sla.SlaClockEventView;

/** One start, pause, resume or stop of a clock. Append-only: the timeline is the evidence behind every figure. */
@Entity
@Immutable
@Table(name = "sla_clock_event")
public class SlaClockEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind")
    private ClockEventKind kind;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "pause_reason")
    private PauseReason reason;

    protected SlaClockEvent() {
        // for JPA
    }

    SlaClockEvent(ClockEventKind kind, Instant occurredAt, PauseReason reason) {
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    ClockEventKind kind() {
        return kind;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    SlaClockEventView view() {
        return new SlaClockEventView(kind, occurredAt, reason);
    }
}
