package id.go.bps.pst.document.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.bps.pst.document.DownloadGrantView;

/**
 * A customer's right to download one delivered file a limited number of times until an expiry (per-file download
 * limit and expiry, as NADA does). A re-delivery after a revision supersedes it with a fresh grant.
 */
@Entity
@Table(name = "download_grant")
public class DownloadGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long documentId;
    private String requestNumber;
    private int maxDownloads;
    private int downloads;
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant expiresAt;
    private String grantedBy;
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant grantedAt;
    private boolean superseded;

    protected DownloadGrant() {
        // for JPA
    }

    public DownloadGrant(long documentId, String requestNumber, int maxDownloads, Duration validity,
                         String grantedBy, Instant grantedAt) {
        if (maxDownloads < 1 || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A grant needs at least one download and some time");
        }
        this.documentId = documentId;
        this.requestNumber = requestNumber;
        this.maxDownloads = maxDownloads;
        this.expiresAt = grantedAt.plus(validity);
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    /** Expired from the expiry instant on; exhausted once every allowed download is used. */
    public GrantStatus statusAt(Instant now) {
        if (superseded) {
            return GrantStatus.SUPERSEDED;
        }
        if (!now.isBefore(expiresAt)) {
            return GrantStatus.EXPIRED;
        }
        return downloads >= maxDownloads ? GrantStatus.EXHAUSTED : GrantStatus.USABLE;
    }

    /** Counts one download when the grant allows it, and answers the status that decided. */
    public GrantStatus use(Instant now) {
        GrantStatus status = statusAt(now);
        if (status == GrantStatus.USABLE) {
            downloads++;
        }
        return status;
    }

    void supersede() {
        superseded = true;
    }

    public DownloadGrantView view(String fileName) {
        return new DownloadGrantView(id, documentId, fileName, maxDownloads, downloads, expiresAt, superseded);
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int downloads() {
        return downloads;
    }

    public int maxDownloads() {
        return maxDownloads;
    }
}
