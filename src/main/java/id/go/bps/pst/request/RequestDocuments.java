package id.go.bps.pst.request;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.document.Actor;
import id.go.bps.pst.document.ActorKind;
import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentView;
import id.go.bps.pst.document.Documents;
import id.go.bps.pst.document.Downloader;
import id.go.bps.pst.document.NewFile;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.request.domain.RequestLedger;
import id.go.bps.pst.request.domain.SaleRequest;
import id.go.bps.pst.request.process.SaleProcess;

/**
 * A customer's documents of a request: uploads (abstract, letters, NPWP card, transfer proof, signed SPPD) that move
 * the sale on when it waits for them, and downloads of what the office issued or delivered.
 */
@Service
@Transactional
public class RequestDocuments {

    /** What a customer may upload; officers' files and issued documents come from elsewhere. */
    static final Set<DocumentKind> CUSTOMER_KINDS = EnumSet.of(DocumentKind.ABSTRACT,
            DocumentKind.ZERO_RUPIAH_LETTER, DocumentKind.DATA_REQUEST_LETTER, DocumentKind.NPWP_CARD,
            DocumentKind.TRANSFER_PROOF, DocumentKind.SIGNED_AGREEMENT);

    private final RequestLedger ledger;
    private final Documents documents;
    private final SaleProcess process;

    RequestDocuments(RequestLedger ledger, Documents documents, SaleProcess process) {
        this.ledger = ledger;
        this.documents = documents;
        this.process = process;
    }

    /** Stores the upload and tells the process when it was waiting for it (in the same transaction). */
    public DocumentView upload(long customerId, String number, DocumentKind kind, String fileName,
                               InputStream content) {
        SaleRequest request = ledger.owned(customerId, number);
        if (!CUSTOMER_KINDS.contains(kind)) {
            throw ApiProblem.badRequest("request.document.kind",
                    "Jenis dokumen " + kind + " tidak diunggah oleh pelanggan. Pilih salah satu: " + CUSTOMER_KINDS,
                    "A customer does not upload " + kind + ". Choose one of: " + CUSTOMER_KINDS);
        }
        DocumentView stored = documents.store(new NewFile(number, kind, fileName, customer(customerId)), content);
        if (request.submittedAt() != null) {
            switch (kind) {
                case TRANSFER_PROOF -> process.send(number, CustomerAction.UPLOAD_TRANSFER_PROOF, Map.of());
                case SIGNED_AGREEMENT -> process.send(number, CustomerAction.SUBMIT_AGREEMENT,
                        Map.of("agreementMode", "DIGITAL"));
                default -> process.send(number, CustomerAction.SUPPLY_DOCUMENT, Map.of());
            }
        }
        return stored;
    }

    /** The customer declares the two signed paper copies posted to the office. */
    public void agreementPosted(long customerId, String number) {
        ledger.owned(customerId, number);
        if (!process.send(number, CustomerAction.SUBMIT_AGREEMENT, Map.of("agreementMode", "POSTED"))) {
            throw SaleRequests.notNow(number, process.availableActions(number));
        }
    }

    @Transactional(readOnly = true)
    public List<DocumentView> list(long customerId, String number) {
        ledger.owned(customerId, number);
        return documents.list(number).stream().filter(d -> !d.superseded()).toList();
    }

    public DocumentContent download(long customerId, String number, long documentId, String clientIp) {
        ledger.owned(customerId, number);
        return documents.open(number, documentId, new Downloader(customer(customerId), clientIp));
    }

    /**
     * The documents the quote asked for that are not uploaded yet (the SPPD comes later, in its own step). A typed
     * data-use abstract stands for the ABSTRACT upload: either is the abstract the officer checks (seed 004 step 4).
     */
    @Transactional(readOnly = true)
    public List<DocumentKind> missingForSubmission(SaleRequest request) {
        Set<DocumentKind> present = EnumSet.noneOf(DocumentKind.class);
        documents.list(request.number()).stream().filter(d -> !d.superseded()).forEach(d -> present.add(d.kind()));
        if (request.abstractFields() != null) {
            present.add(DocumentKind.ABSTRACT);
        }
        return request.requiredDocuments().stream().map(RequestDocuments::kindOf).filter(k -> k != null)
                .filter(k -> !present.contains(k)).toList();
    }

    private static DocumentKind kindOf(String requiredDocument) {
        return switch (requiredDocument) {
            case "ABSTRACT" -> DocumentKind.ABSTRACT;
            case "ZERO_RUPIAH_LETTER" -> DocumentKind.ZERO_RUPIAH_LETTER;
            case "DATA_REQUEST_LETTER" -> DocumentKind.DATA_REQUEST_LETTER;
            case "NPWP" -> DocumentKind.NPWP_CARD;
            default -> null; // SPPD: signed after the offer, in the agreement step
        };
    }

    private static Actor customer(long customerId) {
        return new Actor(String.valueOf(customerId), ActorKind.CUSTOMER);
    }
}
