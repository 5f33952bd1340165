package id.go.bps.pst.walkin.domain;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A consultation a visit was redirected to because the abstract did not match the data asked for (seed 000 step 5;
 * issue 4: not a cancelled sale). The reason is the officer's note from the documents check.
 */
@Entity
@Table(name = "walkin_consultation")
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "visit_id")
    private long visitId;
    @Column(name = "office_code")
    private String officeCode;
    private String reason;
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "opened_at")
    private Instant openedAt;

    protected Consultation() {
    }

    public Consultation(long visitId, String officeCode, String reason, Instant openedAt) {
        this.visitId = visitId;
        this.officeCode = officeCode;
        this.reason = reason;
        this.openedAt = openedAt;
    }

    public Long id() {
        return id;
    }

    public long visitId() {
        return visitId;
    }

    public String reason() {
        return reason;
    }
}
