package id.go.bps.pst.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One admin change to the holiday table, kept after the holiday itself is deleted: a moved Islamic holiday changes
 * the deadlines of open requests, so who changed what, and when, must stay answerable.
 */
@Entity
@Table(name = "holiday_audit")
public class HolidayAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_action")
    private AuditAction action;

    private Long holidayId;

    @Column(name = "holiday_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private HolidayKind kind;

    private String name;

    private String officeCode;

    private String actor;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant occurredAt;

    protected HolidayAuditEntry() {
        // for JPA
    }

    HolidayAuditEntry(AuditAction action, Long holidayId, LocalDate date, HolidayKind kind, String name,
                      String officeCode, String actor, Instant occurredAt) {
        this.action = action;
        this.holidayId = holidayId;
        this.date = date;
        this.kind = kind;
        this.name = name;
        this.officeCode = officeCode;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public AuditAction action() {
        return action;
    }

    public Long holidayId() {
        return holidayId;
    }

    public LocalDate date() {
        return date;
    }

    public HolidayKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String officeCode() {
        return officeCode;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
