package id.go.bps.pst.document;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.document.domain.Contents;
import id.go.bps.pst.document.domain.Deliveries;
import id.go.bps.pst.document.domain.DocumentRecord;
import id.go.bps.pst.document.domain.DocumentRecordRepository;
import id.go.bps.pst.document.domain.DownloadGrantRepository;
import id.go.bps.pst.document.domain.DownloadLogRepository;
import id.go.bps.pst.document.domain.IssuedDocuments;
import id.go.bps.pst.document.domain.IssuedRecord;
import id.go.bps.pst.document.domain.IssuedRecordRepository;
import id.go.bps.pst.document.domain.Now;
import id.go.bps.pst.document.domain.RequestNumbers;
import id.go.bps.pst.document.domain.TemplateFormats;
import id.go.bps.pst.document.domain.Uploads;
import id.go.bps.pst.platform.ApiProblem;

/**
 * The public face of the document module: the files of a request, the invoice, receipt and SPPD it issues, and the
 * delivery of products with download limits. A request number passed in is taken as already authorised: the
 * request module checks that the request belongs to the caller before it calls here.
 */
@Service
@Transactional
public class Documents {

    private final Uploads uploads;
    private final IssuedDocuments issuer;
    private final Contents contents;
    private final Deliveries deliveries;
    private final DocumentRecordRepository records;
    private final IssuedRecordRepository issued;
    private final DownloadGrantRepository grants;
    private final DownloadLogRepository downloadLog;
    private final DocumentSettings settings;

    public Documents(Uploads uploads, IssuedDocuments issuer, Contents contents, Deliveries deliveries,
                     DocumentRecordRepository records, IssuedRecordRepository issued, DownloadGrantRepository grants,
                     DownloadLogRepository downloadLog, DocumentSettings settings) {
        this.uploads = uploads;
        this.issuer = issuer;
        this.contents = contents;
        this.deliveries = deliveries;
        this.records = records;
        this.issued = issued;
        this.grants = grants;
        this.downloadLog = downloadLog;
        this.settings = settings;
    }

    /**
     * Stores an upload, streamed. A bad kind for the uploader is 400/403, too large 413, empty 400, a content type
     * the kind does not accept 415; the previous document of the kind is superseded, not deleted.
     */
    public DocumentView store(NewFile file, InputStream content) {
        return uploads.store(file, content).view(null);
    }

    /** Every document of the request, oldest first, superseded ones included. */
    @Transactional(readOnly = true)
    public List<DocumentView> list(String requestNumber) {
        List<DocumentRecord> found = records.findByRequestNumberOrderByIdAsc(requestNumber);
        Map<Long, IssuedRecord> issuedById = issued.ofRequest(requestNumber).stream()
                .collect(Collectors.toMap(IssuedRecord::documentId, Function.identity()));
        return found.stream().map(document -> document.view(issuedById.get(document.id()))).toList();
    }

    /** Withdraws a document (an officer's wrong file): it stays for the record, marked superseded. */
    public DocumentView supersede(String requestNumber, long documentId) {
        DocumentRecord document = require(requestNumber, documentId);
        document.supersede();
        return document.view(issued.findByDocumentId(documentId).orElse(null));
    }

    /**
     * Opens a document of the request for download and logs it. A customer needs a usable grant for product files
     * and the receipt (403 when not delivered or the limit is used up, 410 after the expiry or a newer delivery);
     * the request's other documents and any staff download need nothing more than the authorised request number.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public DocumentContent open(String requestNumber, long documentId, Downloader downloader) {
        DocumentRecord document = require(requestNumber, documentId);
        IssuedRecord issuedRecord = issued.findByDocumentId(documentId).orElse(null);
        Resource content = contents.of(document, issuedRecord);
        deliveries.recordDownload(document, downloader, length(content));
        return new DocumentContent(document.view(issuedRecord), content);
    }

    /** Issues the invoice, valid for {@code pst.documents.invoice-validity} from now (default one month). */
    public IssuedDocument issueInvoice(InvoiceData data) {
        Instant validUntil = Now.instant().atZone(TemplateFormats.WIB).plus(settings.invoiceValidity()).toInstant();
        return issuer.issue(DocumentKind.INVOICE, data.requestNumber(), data, data.total(), validUntil);
    }

    public IssuedDocument issueReceipt(ReceiptData data) {
        return issuer.issue(DocumentKind.RECEIPT, data.requestNumber(), data, data.amount(), null);
    }

    public IssuedDocument issueAgreement(AgreementData data) {
        return issuer.issue(DocumentKind.AGREEMENT, data.requestNumber(), data, null, null);
    }

    /** The PDF of an issued document, rendered on the first call and kept; 404 for anything else. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public DocumentContent render(long documentId) {
        DocumentRecord document = records.findById(documentId).orElseThrow(Documents::notFound);
        IssuedRecord issuedRecord = issued.findByDocumentId(documentId).orElseThrow(Documents::notFound);
        return new DocumentContent(document.view(issuedRecord), contents.of(document, issuedRecord));
    }

    /** What the public may check about an issued document; 404 for an unknown or malformed code. */
    @Transactional(readOnly = true)
    public Verification verify(String code) {
        return issuer.verify(code).orElseThrow(() -> ApiProblem.notFound("document.verification-not-found",
                "Kode verifikasi tidak dikenal. Periksa kembali kode pada dokumen.",
                "Unknown verification code. Check the code on the document again."));
    }

    /** Delivers: fresh download grants for the current product files and receipt, earlier grants superseded. */
    public List<DownloadGrantView> grantDelivery(String requestNumber, String deliveredBy) {
        RequestNumbers.require(requestNumber);
        deliveries.grant(requestNumber, deliveredBy);
        return grants(requestNumber);
    }

    /** The request's download grants, superseded ones included, with what is left of each. */
    @Transactional(readOnly = true)
    public List<DownloadGrantView> grants(String requestNumber) {
        Map<Long, String> names = fileNames(requestNumber);
        return grants.findByRequestNumberOrderByIdAsc(requestNumber).stream()
                .map(grant -> grant.view(names.get(grant.documentId()))).toList();
    }

    /** The download log of the request, oldest first. */
    @Transactional(readOnly = true)
    public List<DownloadRecord> downloads(String requestNumber) {
        Map<Long, String> names = fileNames(requestNumber);
        return downloadLog.findByRequestNumberOrderByIdAsc(requestNumber).stream()
                .map(entry -> entry.view(names.get(entry.documentId()))).toList();
    }

    private DocumentRecord require(String requestNumber, long documentId) {
        return records.findByIdAndRequestNumber(documentId, requestNumber).orElseThrow(Documents::notFound);
    }

    private Map<Long, String> fileNames(String requestNumber) {
        return records.findByRequestNumberOrderByIdAsc(requestNumber).stream()
                .collect(Collectors.toMap(DocumentRecord::id, DocumentRecord::fileName));
    }

    private static long length(Resource content) {
        try {
            return content.contentLength();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ApiProblem notFound() {
        return ApiProblem.notFound("document.not-found", "Dokumen tidak ditemukan.", "No such document.");
    }
}
