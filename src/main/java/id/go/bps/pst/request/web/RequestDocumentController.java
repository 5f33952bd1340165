package id.go.bps.pst.request.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.go.bps.pst.customer.Customers;
import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentView;
import id.go.bps.pst.request.RequestDocuments;

/** A customer's uploads and downloads for one request. */
@RestController
@RequestMapping("/api/requests/{number}")
class RequestDocumentController {

    private final RequestDocuments documents;
    private final Customers customers;

    RequestDocumentController(RequestDocuments documents, Customers customers) {
        this.documents = documents;
        this.customers = customers;
    }

    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(@PathVariable String number, @RequestParam("type") DocumentKind type,
                                        @RequestParam("file") MultipartFile file, Principal principal)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            DocumentView stored = documents.upload(me(principal), number, type, file.getOriginalFilename(), content);
            return ResponseEntity.created(URI.create("/api/requests/" + number + "/documents/" + stored.id()))
                    .body(stored);
        }
    }

    /** The two signed paper copies of the SPPD were posted to the office. */
    @PostMapping("/agreement-posted")
    ResponseEntity<Void> agreementPosted(@PathVariable String number, Principal principal) {
        documents.agreementPosted(me(principal), number);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/documents")
    List<DocumentView> list(@PathVariable String number, Principal principal) {
        return documents.list(me(principal), number);
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<Resource> download(@PathVariable String number, @PathVariable long id, Principal principal,
                                      HttpServletRequest http) {
        DocumentContent content = documents.download(me(principal), number, id, http.getRemoteAddr());
        DocumentView document = content.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.content());
    }

    private long me(Principal principal) {
        return customers.current(principal).id();
    }
}
