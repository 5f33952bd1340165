package id.go.bps.pst.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.bps.pst.document.domain.Samples;
import id.go.bps.pst.platform.ApiProblem;

/** The facade against the real database and a file root under target/ (application-test.yml). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DocumentsIT {

    private static final Actor SARI = Actor.customer("customer-sari");
    private static final Actor OFFICER = Actor.staff("petugas3300");

    @Autowired
    Documents documents;
    @Autowired
    DocumentSettings settings;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void settings_defaultToFiveDownloadsIn30Days() {
        assertThat(settings.downloadLimit()).isEqualTo(5);
        assertThat(settings.downloadValidity()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void customerUpload_isStoredWithDetectedTypeSizeAndChecksum() throws Exception {
        String request = newRequest();

        DocumentView stored = upload(request, DocumentKind.ABSTRACT, "../Abstraksi <final>.pdf", Samples.pdf(), SARI);

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.fileName()).isEqualTo("Abstraksi _final_.pdf");
        assertThat(stored.sizeBytes()).isEqualTo(Samples.pdf().length);
        assertThat(stored.sha256()).isEqualTo(sha256(Samples.pdf()));
        assertThat(stored.createdBy()).isEqualTo(SARI);
        assertThat(documents.list(request)).containsExactly(stored);
        try (InputStream in = documents.open(request, stored.id(), Downloader.customer(SARI.id(), "10.0.0.1"))
                .content().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(Samples.pdf());
        }
    }

    @Test
    void newUploadOfAKind_supersedesTheOldOne_productFilesOnlyTheirNamesake() {
        String request = newRequest();
        DocumentView first = upload(request, DocumentKind.ABSTRACT, "abstraksi.pdf", Samples.pdf(), SARI);
        DocumentView second = upload(request, DocumentKind.ABSTRACT, "abstraksi-revisi.png", Samples.png(), SARI);
        DocumentView data = upload(request, DocumentKind.PRODUCT_FILE, "susenas.csv", Samples.csv(), OFFICER);
        DocumentView map = upload(request, DocumentKind.PRODUCT_FILE, "peta.zip", Samples.zip(), OFFICER);
        DocumentView data2 = upload(request, DocumentKind.PRODUCT_FILE, "susenas.csv", Samples.csv(), OFFICER);

        assertThat(documents.list(request)).extracting(DocumentView::id, DocumentView::superseded).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first.id(), true),
                org.assertj.core.groups.Tuple.tuple(second.id(), false),
                org.assertj.core.groups.Tuple.tuple(data.id(), true),
                org.assertj.core.groups.Tuple.tuple(map.id(), false),
                org.assertj.core.groups.Tuple.tuple(data2.id(), false));
    }

    @Test
    void refusedUploads_leaveNeitherRowNorFile() throws IOException {
        String request = newRequest();

        ApiProblem wrongType = catchThrowableOfType(ApiProblem.class,
                () -> upload(request, DocumentKind.ABSTRACT, "abstraksi.pdf", Samples.text(), SARI));
        ApiProblem tooLarge = catchThrowableOfType(ApiProblem.class, () -> documents.store(
                new NewFile(request, DocumentKind.SIGNED_AGREEMENT, "sppd.pdf", SARI),
                Samples.pdfOfSize(10L * 1024 * 1024 + 1)));
        ApiProblem empty = catchThrowableOfType(ApiProblem.class,
                () -> upload(request, DocumentKind.NPWP_CARD, "npwp.png", new byte[0], SARI));
        ApiProblem notTheirs = catchThrowableOfType(ApiProblem.class,
                () -> upload(request, DocumentKind.PRODUCT_FILE, "data.csv", Samples.csv(), SARI));

        assertThat(wrongType.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(tooLarge.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(empty.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notTheirs.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(documents.list(request)).isEmpty();
        assertThat(filesOf(request)).isEmpty();
    }

    @Test
    void rolledBackTransaction_deletesTheFileItStored() throws IOException {
        String request = newRequest();

        DocumentView stored = new TransactionTemplate(transactions).execute(status -> {
            DocumentView view = upload(request, DocumentKind.TRANSFER_PROOF, "bukti.jpg", Samples.jpeg(), SARI);
            assertThat(filesOf(request)).hasSize(1);
            status.setRollbackOnly();
            return view;
        });

        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(documents.list(request)).isEmpty();
        assertThat(filesOf(request)).isEmpty();
    }

    @Test
    void delivery_allowsFiveDownloadsPerFile_thenRefuses_andLogsEveryDownload() throws IOException {
        String request = newRequest();
        DocumentView data = upload(request, DocumentKind.PRODUCT_FILE, "susenas.csv", Samples.csv(), OFFICER);
        IssuedDocument receipt = documents.issueReceipt(SampleDocuments.receipt(request, null));
        Downloader sari = Downloader.customer(SARI.id(), "203.0.113.7");

        assertThat(refusal(request, data.id(), sari).code()).isEqualTo("document.not-delivered");
        assertThat(refusal(request, receipt.documentId(), sari).code()).isEqualTo("document.not-delivered");
        List<DownloadGrantView> grants = documents.grantDelivery(request, OFFICER.id());
        for (int i = 0; i < 5; i++) {
            assertThat(read(documents.open(request, data.id(), sari))).isEqualTo(Samples.csv());
        }
        ApiProblem sixth = refusal(request, data.id(), sari);
        documents.open(request, data.id(), Downloader.staff(OFFICER.id(), "10.1.1.1"));
        assertThat(read(documents.open(request, receipt.documentId(), sari))).startsWith("%PDF-".getBytes());

        assertThat(grants).extracting(DownloadGrantView::documentId).containsExactly(data.id(), receipt.documentId());
        assertThat(sixth.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sixth.code()).isEqualTo("document.download-limit-reached");
        assertThat(documents.grants(request)).extracting(DownloadGrantView::downloads, DownloadGrantView::remaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 0), org.assertj.core.groups.Tuple.tuple(1, 4));
        List<DownloadRecord> log = documents.downloads(request);
        assertThat(log).hasSize(7);
        assertThat(log.get(0)).satisfies(first -> {
            assertThat(first.documentId()).isEqualTo(data.id());
            assertThat(first.downloader()).isEqualTo(SARI);
            assertThat(first.clientIp()).isEqualTo("203.0.113.7");
            assertThat(first.bytes()).isEqualTo(Samples.csv().length);
            assertThat(first.fileName()).isEqualTo("susenas.csv");
        });
        assertThat(log.get(5).downloader()).isEqualTo(OFFICER);
    }

    @Test
    void delivery_pastItsExpiry_isGone() {
        String request = newRequest();
        DocumentView data = upload(request, DocumentKind.PRODUCT_FILE, "peta.zip", Samples.zip(), OFFICER);
        documents.grantDelivery(request, OFFICER.id());
        Downloader sari = Downloader.customer(SARI.id(), "203.0.113.7");
        try {
            ClockUtil.setCurrentTime(java.util.Date.from(Instant.now().plus(Duration.ofDays(29))));
            documents.open(request, data.id(), sari);
            ClockUtil.setCurrentTime(java.util.Date.from(Instant.now().plus(Duration.ofDays(31))));

            ApiProblem late = refusal(request, data.id(), sari);

            assertThat(late.status()).isEqualTo(HttpStatus.GONE);
            assertThat(late.code()).isEqualTo("document.download-expired");
        } finally {
            ClockUtil.reset();
        }
        assertThat(documents.downloads(request)).hasSize(1);
    }

    @Test
    void redeliveryAfterRevision_grantsTheNewFiles_andRetiresTheOld() {
        String request = newRequest();
        DocumentView first = upload(request, DocumentKind.PRODUCT_FILE, "susenas.csv", Samples.csv(), OFFICER);
        documents.grantDelivery(request, OFFICER.id());
        Downloader sari = Downloader.customer(SARI.id(), null);
        documents.open(request, first.id(), sari);

        DocumentView revised = upload(request, DocumentKind.PRODUCT_FILE, "susenas.csv", Samples.csv(), OFFICER);
        documents.grantDelivery(request, OFFICER.id());

        ApiProblem old = refusal(request, first.id(), sari);
        assertThat(old.status()).isEqualTo(HttpStatus.GONE);
        assertThat(old.code()).isEqualTo("document.download-superseded");
        documents.open(request, revised.id(), sari);
        assertThat(documents.grants(request)).extracting(DownloadGrantView::documentId, DownloadGrantView::superseded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), true),
                        org.assertj.core.groups.Tuple.tuple(revised.id(), false));
    }

    @Test
    void delivery_withoutProductFiles_isAConflict() {
        String request = newRequest();
        documents.issueReceipt(SampleDocuments.receipt(request, null));

        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> documents.grantDelivery(request, "petugas"));

        assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.code()).isEqualTo("document.nothing-to-deliver");
        assertThat(documents.grants(request)).isEmpty();
    }

    @Test
    void issuedInvoice_isDataUntilItsFirstDownload_thenAKeptPdf() throws Exception {
        String request = newRequest();
        Instant before = Instant.now();

        IssuedDocument invoice = documents.issueInvoice(SampleDocuments.invoice(request));

        assertThat(invoice.number()).isEqualTo("INV-" + request.substring(4) + "-01");
        assertThat(invoice.amount()).isEqualTo(1_234_567L);
        assertThat(invoice.validUntil()).isBetween(before.plus(Duration.ofDays(28)), Instant.now().plus(Duration.ofDays(31)));
        assertThat(documents.list(request)).singleElement().satisfies(view -> {
            assertThat(view.kind()).isEqualTo(DocumentKind.INVOICE);
            assertThat(view.verificationCode()).isEqualTo(invoice.verificationCode());
            assertThat(view.sizeBytes()).isNull();
        });
        assertThat(filesOf(request)).isEmpty();

        DocumentContent first = documents.open(request, invoice.documentId(), Downloader.customer(SARI.id(), null));
        Path kept = first.content().getFile().toPath();
        Instant renderedAt = Files.getLastModifiedTime(kept).toInstant();
        DocumentContent second = documents.render(invoice.documentId());

        assertThat(first.contentType()).isEqualTo("application/pdf");
        assertThat(second.content().getFile().toPath()).isEqualTo(kept);
        assertThat(Files.getLastModifiedTime(kept).toInstant()).isEqualTo(renderedAt);
        assertThat(text(read(second))).contains(invoice.number(), "Rp1.234.567", invoice.verificationCode());
    }

    @Test
    void correctedOffer_issuesTheNextNumbers_andSupersedesThePrevious() {
        String request = newRequest();
        IssuedDocument first = documents.issueInvoice(SampleDocuments.invoice(request));
        IssuedDocument agreement = documents.issueAgreement(SampleDocuments.agreement(request));
        IssuedDocument second = documents.issueInvoice(SampleDocuments.invoice(request));

        assertThat(second.number()).endsWith("-02");
        assertThat(agreement.number()).isEqualTo("SPPD-" + request.substring(4) + "-01");
        assertThat(second.verificationCode()).isNotEqualTo(first.verificationCode());
        assertThat(documents.verify(first.verificationCode()).superseded()).isTrue();
        assertThat(documents.verify(second.verificationCode()).superseded()).isFalse();
        assertThat(documents.verify(agreement.verificationCode()).amount()).isNull();
    }

    @Test
    void renderingAnUpload_isNotFound() {
        String request = newRequest();
        DocumentView upload = upload(request, DocumentKind.ABSTRACT, "abstraksi.pdf", Samples.pdf(), SARI);

        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> documents.render(upload.id()));
        ApiProblem otherRequest = catchThrowableOfType(ApiProblem.class,
                () -> documents.open(newRequest(), upload.id(), Downloader.customer(SARI.id(), null)));

        assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherRequest.status()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private DocumentView upload(String request, DocumentKind kind, String name, byte[] content, Actor by) {
        return documents.store(new NewFile(request, kind, name, by), new ByteArrayInputStream(content));
    }

    private ApiProblem refusal(String request, long documentId, Downloader downloader) {
        return catchThrowableOfType(ApiProblem.class, () -> documents.open(request, documentId, downloader));
    }

    private List<Path> filesOf(String request) {
        Path dir = settings.root().resolve(request);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] read(DocumentContent content) {
        try (InputStream in = content.content().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A request number no other test uses, so the shared database may hold anything else. */
    static String newRequest() {
        return "PST-9999-2026-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
