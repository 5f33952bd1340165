package id.go.bps.pst.document.domain;

import java.nio.file.Path;

/** Content written to a temporary file next to its final place, synced to disk, not yet visible under its key. */
public record StagedFile(String folder, Path path, long sizeBytes, String sha256) {
}
