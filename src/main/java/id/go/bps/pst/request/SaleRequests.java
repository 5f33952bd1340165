package id.go.bps.pst.request;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.notification.Notice;
import id.go.bps.pst.notification.Notifications;
import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.platform.Message;
import id.go.bps.pst.request.domain.RequestFeedback;
import id.go.bps.pst.request.domain.RequestFeedbackRepository;
import id.go.bps.pst.request.domain.RequestLedger;
import id.go.bps.pst.request.domain.SaleRequest;
import id.go.bps.pst.request.process.SaleProcess;

/**
 * The public face of the request module: a customer's requests from cart to done, and the status changes the online
 * sale process reports. A customer only ever sees their own requests: any other number answers 404.
 */
@Service
@Transactional
public class SaleRequests {

    private final RequestLedger ledger;
    private final Offices offices;
    private final SaleProcess process;
    private final RequestViews views;
    private final RequestFeedbackRepository feedbacks;
    private final Notifications notifications;
    private final RequestDocuments documents;

    SaleRequests(RequestLedger ledger, Offices offices, SaleProcess process, RequestViews views,
                 RequestFeedbackRepository feedbacks, Notifications notifications, RequestDocuments documents) {
        this.documents = documents;
        this.notifications = notifications;
        this.ledger = ledger;
        this.offices = offices;
        this.process = process;
        this.views = views;
        this.feedbacks = feedbacks;
    }

    public RequestDetail create(CustomerView customer, NewSaleRequest cart) {
        OfficeView office = offices.find(cart.officeCode()).orElseThrow(() -> ApiProblem.badRequest(
                "request.office.unknown", "Kantor dengan kode " + cart.officeCode() + " tidak ada.",
                "There is no office with code " + cart.officeCode() + "."));
        int year = ZonedDateTime.ofInstant(now(), office.zone()).getYear();
        return views.detail(ledger.create(customer, cart, year, now()));
    }

    /**
     * A request recorded at the desk (walk-in, issue 4): created and handed in at once, since the officer has just
     * checked the documents on paper. The walk-in process carries it on; the online sale is not started.
     */
    public RequestDetail openAtDesk(CustomerView customer, NewSaleRequest cart) {
        RequestDetail created = create(customer, cart);
        SaleRequest request = ledger.require(created.number());
        request.submit(now());
        return views.detail(request);
    }

    /** A request as staff read it, whoever its customer is (the walk-in desk, which authorises by office). */
    @Transactional(readOnly = true)
    public RequestDetail deskRequest(String number) {
        return views.detail(ledger.require(number));
    }

    @Transactional(readOnly = true)
    public List<RequestSummary> mine(long customerId) {
        return ledger.ofCustomer(customerId).stream().map(RequestViews::summary).toList();
    }

    @Transactional(readOnly = true)
    public RequestDetail detail(long customerId, String number) {
        return views.detail(ledger.owned(customerId, number));
    }

    /**
     * Hands a draft in: the online sale starts, in the same transaction. Like every customer action it answers the
     * request's line of "Transaksi Saya", not the whole detail: the process goes on asynchronously after the
     * commit, so a detail built here would already be stale; the caller reads {@link #detail} when it shows one.
     */
    public RequestSummary submit(long customerId, String number) {
        SaleRequest request = ledger.owned(customerId, number);
        List<DocumentKind> missing = documents.missingForSubmission(request);
        if (!missing.isEmpty()) {
            boolean abstractMissing = missing.contains(DocumentKind.ABSTRACT);
            throw new ApiProblem(HttpStatus.CONFLICT, "request.documents.missing", Message.of(
                    "Unggah dulu dokumen berikut: " + missing.stream().map(k -> k.label().id()).toList() + "."
                            + (abstractMissing ? " Abstraksi juga dapat diketik (abstractFields) saat membuat permintaan." : ""),
                    "Upload these documents first: " + missing.stream().map(k -> k.label().en()).toList() + "."
                            + (abstractMissing ? " The abstract may also be typed (abstractFields) when the request is created." : "")));
        }
        request.submit(now());
        process.start(number, Map.of("requestNumber", number, "officeCode", request.officeCode(),
                "needsAgreement", request.needsAgreement(), "zeroRupiah", request.zeroRupiah(),
                "abroad", request.abroad(), "totalAmount", request.totalAmount()));
        return RequestViews.summary(request);
    }

    /** A customer action: 409 naming what is possible now when the request does not wait for it. */
    public RequestSummary act(long customerId, String number, CustomerAction action, Map<String, Object> variables) {
        SaleRequest request = ledger.owned(customerId, number);
        if (!process.send(number, action, variables)) {
            throw notNow(number, process.availableActions(number));
        }
        return RequestViews.summary(request);
    }

    static ApiProblem notNow(String number, List<CustomerAction> possible) {
        return new ApiProblem(HttpStatus.CONFLICT, "request.action.not-now", Message.of(
                "Permintaan " + number + " tidak menunggu tindakan ini sekarang. Yang dapat dilakukan: "
                        + possible + ".",
                "Request " + number + " does not wait for this now. Possible now: " + possible + "."));
    }

    /** The customer's rating: recorded with the feedback, and the process learns it (a low one alerts). */
    public RequestSummary rate(long customerId, String number, int rating, String feedback) {
        SaleRequest request = ledger.owned(customerId, number);
        feedbacks.save(RequestFeedback.rating(request, rating, feedback, now()));
        return act(customerId, number, CustomerAction.RATE, Map.of("rating", rating));
    }

    /** A complaint may be filed at any time after submission; the office's supervisors are told. */
    public long complain(long customerId, String number, String text) {
        SaleRequest request = ledger.owned(customerId, number);
        if (request.submittedAt() == null) {
            throw ApiProblem.conflict("request.complaint.draft", "Permintaan " + number + " belum diajukan.",
                    "Request " + number + " has not been submitted yet.");
        }
        long id = feedbacks.save(RequestFeedback.complaint(request, text, now())).id();
        notifications.send(Notice.COMPLAINT_FILED, number, request.officeCode(), Map.of());
        return id;
    }

    /** The process reached a step the customer sees as a new status. */
    public void statusReached(String number, RequestStatus status) {
        ledger.require(number).moveTo(status, now());
    }

    public void cancel(String number, CancelCause cause, String officerReason) {
        ledger.require(number).cancel(cause, officerReason, now());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
