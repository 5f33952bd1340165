package id.go.bps.pst.document;

import org.springframework.core.io.Resource;

/**
 * A document ready to stream to a client: its metadata and its content, read from disk as it is sent (no whole-file
 * byte arrays). The caller sets Content-Type and Content-Disposition from the document.
 */
public record DocumentContent(DocumentView document, Resource content) {

    public String contentType() {
        return document.contentType();
    }

    public String fileName() {
        return document.fileName();
    }
}
