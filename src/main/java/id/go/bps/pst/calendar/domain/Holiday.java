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

/** A day the offices (or one office, for a regional holiday) are closed. Immutable: admins add or delete. */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holiday_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private HolidayKind kind;

    private String name;

    private String officeCode;

    private String createdBy;

    // A plain timestamp column holding UTC (hibernate.jdbc.time_zone), portable across H2 and PostgreSQL.
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant createdAt;

    protected Holiday() {
        // for JPA
    }

    Holiday(NewHoliday spec, String createdBy, Instant createdAt) {
        this.date = spec.date();
        this.kind = spec.kind();
        this.name = spec.name();
        this.officeCode = spec.officeCode();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public HolidayView view() {
        return new HolidayView(id, date, kind, name, officeCode, createdBy, createdAt);
    }

    HolidayAuditEntry audit(AuditAction action, String actor, Instant at) {
        return new HolidayAuditEntry(action, id, date, kind, name, officeCode, actor, at);
    }

    LocalDate date() {
        return date;
    }

    String officeCode() {
        return officeCode;
    }
}
