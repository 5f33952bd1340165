package id.go.bps.pst.document.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.go.bps.pst.document.AgreementData;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentSettings;
import id.go.bps.pst.document.InvoiceData;
import id.go.bps.pst.document.IssuedDocument;
import id.go.bps.pst.document.ReceiptData;
import id.go.bps.pst.document.Verification;

/**
 * Issues invoices, receipts and agreements: a number per request and kind, an unguessable verification code, and
 * the data frozen as JSON. A new issue of a kind supersedes the previous one (an offer corrected after review).
 * Nothing is rendered here: the PDF is made when someone downloads it.
 */
@Service
public class IssuedDocuments {

    private static final Map<DocumentKind, String> PREFIXES = Map.of(
            DocumentKind.INVOICE, "INV", DocumentKind.RECEIPT, "KWT", DocumentKind.AGREEMENT, "SPPD");
    private static final Map<DocumentKind, Class<?>> DATA = Map.of(
            DocumentKind.INVOICE, InvoiceData.class, DocumentKind.RECEIPT, ReceiptData.class,
            DocumentKind.AGREEMENT, AgreementData.class);

    // Its own mapper: the stored format must not follow the web API's Jackson settings.
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final DocumentRecordRepository records;
    private final IssuedRecordRepository issued;
    private final DocumentSettings settings;

    public IssuedDocuments(DocumentRecordRepository records, IssuedRecordRepository issued,
                           DocumentSettings settings) {
        this.records = records;
        this.issued = issued;
        this.settings = settings;
    }

    public IssuedDocument issue(DocumentKind kind, String requestNumber, Object data, Long amount,
                                Instant validUntil) {
        RequestNumbers.require(requestNumber);
        Instant now = Now.instant();
        String number = nextNumber(kind, requestNumber);
        DocumentRecord record = records.save(DocumentRecord.issued(requestNumber, kind, number + ".pdf", now));
        records.supersedeOlder(record);
        String code = newCode();
        issued.save(new IssuedRecord(record.id(), number, code, amount, validUntil, write(data)));
        return new IssuedDocument(record.id(), kind, number, code, now, amount, validUntil);
    }

    public Optional<Verification> verify(String typedCode) {
        return VerificationCodes.normalise(typedCode).flatMap(issued::findByVerificationCode)
                .flatMap(found -> records.findById(found.documentId()).map(document -> new Verification(
                        document.kind(), found.number(), document.requestNumber(),
                        document.createdAt().atZone(TemplateFormats.WIB).toLocalDate(), found.amount(),
                        document.isSuperseded())));
    }

    /** What the template of an issued document prints, from its frozen data. */
    public Printed printed(DocumentRecord document, IssuedRecord found) {
        Object data = read(found.snapshot(), DATA.get(document.kind()));
        return new Printed(document.kind(), found.number(), found.verificationCode(),
                settings.verificationUrl(found.verificationCode()), document.createdAt(), found.validUntil(), data);
    }

    /** INV-3300-2026-000123-01: the request's number, then the count of this kind for the request. */
    private String nextNumber(DocumentKind kind, String requestNumber) {
        long sequence = records.countByRequestNumberAndKind(requestNumber, kind) + 1;
        return String.format("%s-%s-%02d", PREFIXES.get(kind), RequestNumbers.tail(requestNumber), sequence);
    }

    private String newCode() {
        String code = VerificationCodes.next();
        while (issued.findByVerificationCode(code).isPresent()) {
            code = VerificationCodes.next();
        }
        return code;
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store the data of a document: " + data.getClass(), e);
        }
    }

    private Object read(String snapshot, Class<?> type) {
        try {
            return json.readValue(snapshot, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored data of an issued document cannot be read as " + type, e);
        }
    }
}
