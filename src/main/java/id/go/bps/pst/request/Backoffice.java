package id.go.bps.pst.request;

import java.io.InputStream;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.customer.Customers;
import id.go.bps.pst.document.Actor;
import id.go.bps.pst.document.ActorKind;
import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentView;
import id.go.bps.pst.document.Documents;
import id.go.bps.pst.document.Downloader;
import id.go.bps.pst.document.NewFile;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.platform.Message;
import id.go.bps.pst.request.domain.RequestLedger;
import id.go.bps.pst.request.domain.SaleRequest;
import id.go.bps.pst.staff.StaffRole;

/**
 * The officers' view of a request (the page every Tasklist form links to): the request, its customer, documents and
 * timeline, and the upload of data samples and product files. Staff of the request's office, or an administrator.
 */
@Service
@Transactional
public class Backoffice {

    static final Set<DocumentKind> OFFICER_KINDS = EnumSet.of(DocumentKind.DATA_SAMPLE, DocumentKind.PRODUCT_FILE);

    private final RequestLedger ledger;
    private final Customers customers;
    private final Documents documents;
    private final RequestViews views;

    Backoffice(RequestLedger ledger, Customers customers, Documents documents, RequestViews views) {
        this.ledger = ledger;
        this.customers = customers;
        this.documents = documents;
        this.views = views;
    }

    /** Everything an officer needs on one page. */
    public record Page(RequestDetail request, CustomerView customer, List<DocumentView> documents) {
    }

    @Transactional(readOnly = true)
    public Page page(String number, Collection<String> groups) {
        SaleRequest request = visible(number, groups);
        return new Page(views.detail(request), customers.require(request.customerId()),
                documents.list(number).stream().filter(d -> !d.superseded()).toList());
    }

    public DocumentView upload(String number, Collection<String> groups, String staffId, DocumentKind kind,
                               String fileName, InputStream content) {
        visible(number, groups);
        if (!OFFICER_KINDS.contains(kind)) {
            throw ApiProblem.badRequest("backoffice.document.kind", "Petugas mengunggah contoh data atau berkas produk.",
                    "Officers upload data samples or product files.");
        }
        return documents.store(new NewFile(number, kind, fileName, new Actor(staffId, ActorKind.STAFF)), content);
    }

    public DocumentContent download(String number, Collection<String> groups, String staffId, long documentId,
                                    String clientIp) {
        visible(number, groups);
        return documents.open(number, documentId, new Downloader(new Actor(staffId, ActorKind.STAFF), clientIp));
    }

    /** Staff see the requests of their own office; administrators see all. Anything else is "not found". */
    private SaleRequest visible(String number, Collection<String> groups) {
        SaleRequest request = ledger.require(number);
        boolean admin = groups.contains("camunda-admin");
        boolean ofOffice = EnumSet.allOf(StaffRole.class).stream()
                .anyMatch(role -> groups.contains(role.groupId(request.officeCode())));
        if (!admin && !ofOffice) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "request.not-found", Message.of(
                    "Permintaan " + number + " tidak ditemukan.", "Request " + number + " was not found."));
        }
        return request;
    }
}
