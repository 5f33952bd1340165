package id.go.bps.pst.document;

import java.time.Instant;

/** A customer's right to download one delivered document: how many downloads are left and until when. */
public record DownloadGrantView(long grantId, long documentId, String fileName, int maxDownloads, int downloads,
                                Instant expiresAt, boolean superseded) {

    public int remaining() {
        return Math.max(0, maxDownloads - downloads);
    }
}
