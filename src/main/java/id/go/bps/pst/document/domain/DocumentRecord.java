package id.go.bps.pst.document.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.bps.pst.document.Actor;
import id.go.bps.pst.document.ActorKind;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentView;

/** A document of a request: where its content is and what it is. Never deleted; a newer one supersedes it. */
@Entity
@Table(name = "document")
public class DocumentRecord {

    static final String PDF = "application/pdf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String requestNumber;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private String fileName;
    private String contentType;
    private Long sizeBytes;
    private String sha256;
    private String storageKey;
    private String actorId;
    @Enumerated(EnumType.STRING)
    private ActorKind actorKind;
    // A plain timestamp column holding UTC (hibernate.jdbc.time_zone), portable across H2 and PostgreSQL.
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant createdAt;
    private boolean superseded;

    protected DocumentRecord() {
        // for JPA
    }

    private DocumentRecord(String requestNumber, DocumentKind kind, String fileName, String contentType,
                           Actor actor, Instant createdAt) {
        this.requestNumber = requestNumber;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.actorId = actor.id();
        this.actorKind = actor.kind();
        this.createdAt = createdAt;
    }

    static DocumentRecord upload(String requestNumber, DocumentKind kind, String fileName, String contentType,
                                 StagedFile staged, String storageKey, Actor actor, Instant now) {
        DocumentRecord record = new DocumentRecord(requestNumber, kind, fileName, contentType, actor, now);
        record.sizeBytes = staged.sizeBytes();
        record.sha256 = staged.sha256();
        record.storageKey = storageKey;
        return record;
    }

    /** An issued document has no stored content: its PDF is rendered from its data when first downloaded. */
    static DocumentRecord issued(String requestNumber, DocumentKind kind, String fileName, Instant now) {
        return new DocumentRecord(requestNumber, kind, fileName, PDF, Actor.SYSTEM, now);
    }

    /** Whether {@code newer} replaces this one: same kind, and for samples and product files the same name. */
    boolean isReplacedBy(DocumentRecord newer) {
        return !superseded && kind == newer.kind && !id.equals(newer.id)
                && (!kind.allowsSeveral() || fileName.equals(newer.fileName));
    }

    public void supersede() {
        this.superseded = true;
    }

    public DocumentView view(IssuedRecord issued) {
        return new DocumentView(id, requestNumber, kind, fileName, contentType, sizeBytes, sha256,
                new Actor(actorId, actorKind), createdAt, superseded,
                issued == null ? null : issued.number(), issued == null ? null : issued.verificationCode(),
                issued == null ? null : issued.amount());
    }

    public Long id() {
        return id;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String storageKey() {
        return storageKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isSuperseded() {
        return superseded;
    }
}
