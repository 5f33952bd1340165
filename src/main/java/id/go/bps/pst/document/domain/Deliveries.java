package id.go.bps.pst.document.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.document.ActorKind;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentSettings;
import id.go.bps.pst.document.Downloader;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.platform.Message;

/**
 * Delivery: the customer may download the product files and the receipt a limited number of times until an expiry
 * (issue 3, delivery). Every download, by anyone, is logged; only a customer's download of a delivered file counts
 * against its grant.
 */
@Service
public class Deliveries {

    private final DocumentRecordRepository records;
    private final DownloadGrantRepository grants;
    private final DownloadLogRepository log;
    private final DocumentSettings settings;

    public Deliveries(DocumentRecordRepository records, DownloadGrantRepository grants, DownloadLogRepository log,
                      DocumentSettings settings) {
        this.records = records;
        this.grants = grants;
        this.log = log;
        this.settings = settings;
    }

    /**
     * Grants the current product files and receipt afresh; the request's earlier grants are superseded, so after a
     * revision the customer downloads the new files with a new limit and expiry.
     */
    @Transactional
    public List<DownloadGrant> grant(String requestNumber, String deliveredBy) {
        List<DocumentRecord> delivered = new ArrayList<>(
                records.findByRequestNumberAndKindAndSupersededFalse(requestNumber, DocumentKind.PRODUCT_FILE));
        if (delivered.isEmpty()) {
            throw ApiProblem.conflict("document.nothing-to-deliver",
                    "Belum ada berkas produk untuk permintaan " + requestNumber + ": unggah berkasnya dahulu.",
                    "Request " + requestNumber + " has no product file yet: upload the files first.");
        }
        delivered.addAll(records.findByRequestNumberAndKindAndSupersededFalse(requestNumber, DocumentKind.RECEIPT));
        grants.findByRequestNumberAndSupersededFalse(requestNumber).forEach(DownloadGrant::supersede);
        Instant now = Now.instant();
        return delivered.stream().map(document -> grants.save(new DownloadGrant(document.id(), requestNumber,
                settings.downloadLimit(), settings.downloadValidity(), deliveredBy, now))).toList();
    }

    /** Checks and counts the grant where one is needed, then logs the download. */
    @Transactional
    public void recordDownload(DocumentRecord document, Downloader downloader, long bytes) {
        Long grantId = null;
        Instant now = Now.instant();
        if (downloader.actor().kind() == ActorKind.CUSTOMER && document.kind().needsGrant()) {
            grantId = useGrant(document, now);
        }
        log.save(new DownloadLogEntry(document, grantId, downloader.actor(), downloader.clientIp(), bytes, now));
    }

    private long useGrant(DocumentRecord document, Instant now) {
        DownloadGrant grant = grants.newestFor(document.id()).flatMap(grants::lockById)
                .orElseThrow(() -> notDelivered(document));
        GrantStatus status = grant.use(now);
        if (status != GrantStatus.USABLE) {
            throw refused(status, grant);
        }
        return grant.id();
    }

    private static ApiProblem notDelivered(DocumentRecord document) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "document.not-delivered", Message.of(
                document.kind().label().id() + " belum diserahkan: berkas dapat diunduh setelah petugas mengirimkannya.",
                "The " + document.kind().label().en() + " is not delivered yet: it can be downloaded once the "
                        + "officer sends it."));
    }

    static ApiProblem refused(GrantStatus status, DownloadGrant grant) {
        TemplateFormats formats = new TemplateFormats();
        return switch (status) {
            case EXHAUSTED -> new ApiProblem(HttpStatus.FORBIDDEN, "document.download-limit-reached", Message.of(
                    "Batas unduhan berkas ini (" + grant.maxDownloads() + " kali) sudah habis. Hubungi petugas PST "
                            + "bila Anda memerlukan pengiriman ulang.",
                    "The download limit of this file (" + grant.maxDownloads() + " times) is used up. Contact the PST "
                            + "desk if you need it sent again."));
            case EXPIRED -> new ApiProblem(HttpStatus.GONE, "document.download-expired", Message.of(
                    "Masa unduh berkas ini berakhir pada " + formats.date(grant.expiresAt()) + ". Hubungi petugas "
                            + "PST bila Anda memerlukan pengiriman ulang.",
                    "The download period of this file ended on " + grant.expiresAt().atZone(TemplateFormats.WIB)
                            .toLocalDate() + ". Contact the PST desk if you need it sent again."));
            case SUPERSEDED -> new ApiProblem(HttpStatus.GONE, "document.download-superseded", Message.of(
                    "Berkas ini telah diganti dengan kiriman yang lebih baru; unduh berkas terbaru.",
                    "This file was replaced by a newer delivery; download the newest files."));
            case USABLE -> throw new IllegalArgumentException("A usable grant is not refused");
        };
    }
}
