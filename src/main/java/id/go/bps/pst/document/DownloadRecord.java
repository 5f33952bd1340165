package id.go.bps.pst.document;

import java.time.Instant;

/** One logged download: which document, by whom, from where, how many bytes, when. */
public record DownloadRecord(long documentId, String fileName, Actor downloader, String clientIp, long bytes,
                             Instant downloadedAt) {
}
