package id.go.bps.pst.document;

import java.util.Objects;

/**
 * A file to store for a request; the content comes as a stream next to it.
 *
 * @param fileName   the name the client sent; it is sanitised and never trusted for the type
 * @param uploadedBy the customer or staff member who uploads
 */
public record NewFile(String requestNumber, DocumentKind kind, String fileName, Actor uploadedBy) {

    public NewFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
    }
}
