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
import id.go.bps.pst.document.DownloadRecord;

/** One download, kept for the record: who, when, which document, how many bytes, from which address. */
@Entity
@Table(name = "download_log")
public class DownloadLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long documentId;
    private String requestNumber;
    private Long grantId;
    private String downloaderId;
    @Enumerated(EnumType.STRING)
    private ActorKind downloaderKind;
    private String clientIp;
    private long bytesSent;
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant downloadedAt;

    protected DownloadLogEntry() {
        // for JPA
    }

    DownloadLogEntry(DocumentRecord document, Long grantId, Actor downloader, String clientIp, long bytesSent,
                     Instant downloadedAt) {
        this.documentId = document.id();
        this.requestNumber = document.requestNumber();
        this.grantId = grantId;
        this.downloaderId = downloader.id();
        this.downloaderKind = downloader.kind();
        this.clientIp = clientIp == null ? null : clientIp.substring(0, Math.min(45, clientIp.length()));
        this.bytesSent = bytesSent;
        this.downloadedAt = downloadedAt;
    }

    public DownloadRecord view(String fileName) {
        return new DownloadRecord(documentId, fileName, new Actor(downloaderId, downloaderKind), clientIp,
                bytesSent, downloadedAt);
    }

    public long documentId() {
        return documentId;
    }
}
