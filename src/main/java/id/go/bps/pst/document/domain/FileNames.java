package id.go.bps.pst.document.domain;

import java.text.Normalizer;

/**
 * Makes a client's file name safe to store and to send back in a Content-Disposition header: no directories, no
 * control characters, no characters a file system or a header chokes on, at most {@value #MAX_LENGTH} characters
 * with the extension kept.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 150;
    private static final String FALLBACK = "berkas";

    private FileNames() {
    }

    public static String sanitise(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\t\\n\\r]", " ")
                .replaceAll("\\p{Cntrl}", "")
                .replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("_{2,}", "_")
                .replaceAll("^[ .]+|[ .]+$", "");
        if (name.isEmpty() || name.chars().allMatch(c -> c == '_')) {
            return FALLBACK;
        }
        return shorten(name);
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()).stripTrailing() + extension;
    }
}
