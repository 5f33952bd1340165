package id.go.bps.pst.document.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.go.bps.pst.document.Documents;
import id.go.bps.pst.document.Verification;

/**
 * Public check of an issued document (the QR code on every invoice, receipt and SPPD points here): kind, number,
 * request, issue date and amount, nothing personal.
 */
@RestController
class VerificationController {

    private final Documents documents;

    VerificationController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/api/documents/verify/{code}")
    Verification verify(@PathVariable String code) {
        return documents.verify(code);
    }
}
