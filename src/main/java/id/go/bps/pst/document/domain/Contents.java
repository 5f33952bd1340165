package id.go.bps.pst.document.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import id.go.bps.pst.document.DocumentSettings;

/**
 * The content of a document as a resource streamed from disk: an upload's file, or an issued document's PDF,
 * rendered on its first download and kept next to the request's files (a person waits for this, so it happens
 * once, not on every sale's path).
 */
@Component
public class Contents {

    private final FileStore files;
    private final PdfRenderer renderer;
    private final IssuedDocuments issued;
    private final boolean cachePdf;

    public Contents(FileStore files, PdfRenderer renderer, IssuedDocuments issued, DocumentSettings settings) {
        this.files = files;
        this.renderer = renderer;
        this.issued = issued;
        this.cachePdf = settings.cachePdf();
    }

    public Resource of(DocumentRecord document, IssuedRecord issuedRecord) {
        if (issuedRecord != null) {
            return pdf(document, issuedRecord);
        }
        Path path = files.resolve(document.storageKey());
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("The content of document " + document.id() + " is missing: " + path);
        }
        return new FileSystemResource(path);
    }

    private Resource pdf(DocumentRecord document, IssuedRecord issuedRecord) {
        if (!cachePdf) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            render(issued.printed(document, issuedRecord), out);
            return new ByteArrayResource(out.toByteArray());
        }
        String key = document.requestNumber() + "/issued-" + document.id() + ".pdf";
        Path path = files.resolve(key);
        if (!Files.isReadable(path)) {
            Printed printed = issued.printed(document, issuedRecord);
            files.write(key, out -> renderer.render(printed, out));
        }
        return new FileSystemResource(path);
    }

    private void render(Printed printed, ByteArrayOutputStream out) {
        try {
            renderer.render(printed, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
