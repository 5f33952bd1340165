package id.go.bps.pst.document.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The data of an issued document, frozen at issue time as JSON, with its number and verification code. The PDF is
 * rendered from this data when someone asks for it, never on the sale's path (issue 3, benchmark).
 */
@Entity
@Table(name = "issued_document")
public class IssuedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long documentId;
    @Column(name = "doc_number")
    private String number;
    private String verificationCode;
    private Long amount;
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant validUntil;
    private String snapshot;

    protected IssuedRecord() {
        // for JPA
    }

    IssuedRecord(long documentId, String number, String verificationCode, Long amount, Instant validUntil,
                 String snapshot) {
        this.documentId = documentId;
        this.number = number;
        this.verificationCode = verificationCode;
        this.amount = amount;
        this.validUntil = validUntil;
        this.snapshot = snapshot;
    }

    public long documentId() {
        return documentId;
    }

    public String number() {
        return number;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public Long amount() {
        return amount;
    }

    public Instant validUntil() {
        return validUntil;
    }

    String snapshot() {
        return snapshot;
    }
}
