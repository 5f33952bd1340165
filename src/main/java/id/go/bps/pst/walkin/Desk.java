package id.go.bps.pst.walkin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.customer.Customers;
import id.go.bps.pst.customer.GuestBookEntry;
import id.go.bps.pst.customer.GuestRegistration;
import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.platform.Message;
import id.go.bps.pst.request.CancelCause;
import id.go.bps.pst.request.NewSaleRequest;
import id.go.bps.pst.request.RequestDetail;
import id.go.bps.pst.request.RequestStatus;
import id.go.bps.pst.request.SaleRequests;
import id.go.bps.pst.tariff.Quote;
import id.go.bps.pst.tariff.QuoteRequest;
import id.go.bps.pst.tariff.Tariffs;
import id.go.bps.pst.walkin.domain.Consultation;
import id.go.bps.pst.walkin.domain.ConsultationRepository;
import id.go.bps.pst.walkin.domain.GuestBook;
import id.go.bps.pst.walkin.domain.OfficeSetting;
import id.go.bps.pst.walkin.domain.OfficeSettingRepository;
import id.go.bps.pst.walkin.domain.QueueCounter;
import id.go.bps.pst.walkin.domain.QueueDay;
import id.go.bps.pst.walkin.domain.ServiceStandard;
import id.go.bps.pst.walkin.domain.Visit;
import id.go.bps.pst.walkin.domain.VisitRepository;
import id.go.bps.pst.walkin.process.WalkInProcess;
import id.go.bps.pst.walkin.process.WalkInProcessIds;

/**
 * The public face of the walk-in module: queue numbers, the call to a desk, the guest book, the request recorded at
 * the desk, the rating at the kiosk, and what the walk-in process asks of them. Every visit belongs to one office;
 * callers check that the staff member works there.
 */
@Service
@Transactional
public class Desk {

    /** Desk 2 before desk 10, "Loket 2" before "Loket 10": shorter names first, then by text. */
    static final Comparator<String> DESK_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    /** How many waiting numbers the waiting-room screen shows. */
    public static final int NEXT_SHOWN = 5;

    private final Offices offices;
    private final OfficeSettingRepository settings;
    private final QueueCounter counter;
    private final VisitRepository visits;
    private final ConsultationRepository consultations;
    private final Customers customers;
    private final Tariffs tariffs;
    private final SaleRequests requests;
    private final WalkInProcess process;
    private final ObjectMapper json;

    Desk(Offices offices, OfficeSettingRepository settings, QueueCounter counter, VisitRepository visits,
         ConsultationRepository consultations, Customers customers, Tariffs tariffs, SaleRequests requests,
         WalkInProcess process, ObjectMapper json) {
        this.offices = offices;
        this.settings = settings;
        this.counter = counter;
        this.visits = visits;
        this.consultations = consultations;
        this.customers = customers;
        this.tariffs = tariffs;
        this.requests = requests;
        this.process = process;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public DeskSettings settings(String officeCode) {
        office(officeCode);
        return settings.findById(officeCode).map(OfficeSetting::view).orElse(DeskSettings.defaults(officeCode));
    }

    /** A visitor takes the next number of the office's day (kiosk or officer); the visit's process starts. */
    public VisitView takeNumber(String officeCode) {
        DeskSettings desk = settings(officeCode);
        if (!desk.queueEnabled()) {
            throw ApiProblem.conflict("walkin.queue.off", "Kantor " + officeCode + " tidak memakai nomor antrian: "
                    + "petugas langsung menyambut pengunjung.", "Office " + officeCode
                    + " does not use queue numbers: an officer greets visitors directly.");
        }
        LocalDate day = today(officeCode);
        int number = counter.next(officeCode, day);
        Visit visit = visits.save(Visit.queued(officeCode, day, number, now(), desk.serviceStandardMinutes()));
        start(visit, true);
        return visit.view();
    }

    /** An officer greets a visitor where the office has no queue numbers (seed 003 step 2). */
    public VisitView greet(String officeCode, String deskName) {
        DeskSettings desk = settings(officeCode);
        if (desk.queueEnabled()) {
            throw ApiProblem.conflict("walkin.queue.on", "Kantor " + officeCode + " memakai nomor antrian: panggil "
                    + "nomor berikutnya.", "Office " + officeCode + " uses queue numbers: call the next number.");
        }
        Visit visit = visits.save(Visit.greeted(officeCode, today(officeCode), now(), desk.serviceStandardMinutes(),
                deskName(deskName)));
        start(visit, false);
        return visit.view();
    }

    /**
     * Calls the lowest waiting number to a desk. The visitor the desk served before is finished now: the next
     * number's service standard counts from here. Empty when nobody waits.
     */
    public Optional<VisitView> callNext(String officeCode, String deskName) {
        String desk = deskName(deskName);
        LocalDate day = today(officeCode);
        visits.atDesk(officeCode, desk, VisitStatus.SERVING).forEach(v -> v.finish(now()));
        Optional<Visit> next = visits.ofDayInStatus(officeCode, day, VisitStatus.WAITING).stream().findFirst();
        next.ifPresent(visit -> {
            if (standardOf(visit).missedAt(now())) {
                visit.markStandardMissed();
            }
            visit.call(desk, now());
            process.send(visit.code(), WalkInProcessIds.MSG_VISITOR_CALLED, Map.of("desk", desk));
        });
        return next.map(Visit::view);
    }

    /** The guest book: a returning visitor (same email or ID card) keeps their account, nobody is entered twice. */
    public VisitView recordGuest(String officeCode, long visitId, GuestEntry entry) {
        Visit visit = serving(officeCode, visitId);
        GuestBookEntry valid = GuestBook.check(entry);
        GuestRegistration guest = customers.registerGuest(valid);
        visit.recordGuest(guest.customer().id(), entry.purpose());
        sendOrConflict(visit, WalkInProcessIds.MSG_GUEST_RECORDED,
                Map.of("customerId", guest.customer().id(), "returningVisitor", guest.returning()));
        return visit.view();
    }

    /** A returning visitor, by email or identity card. */
    @Transactional(readOnly = true)
    public Optional<CustomerView> findGuest(String email, IdCardType idType, String idNumber) {
        String number = idType == null || idNumber == null ? null : idType.check(idNumber).normalized();
        return customers.findGuest(email, idType == null ? null : idType.accountKind(), number);
    }

    /** The request stated at the desk, priced by the tariff in force (step 7); the documents check comes next. */
    public DeskQuote recordRequest(String officeCode, long visitId, DeskCart cart) {
        Visit visit = serving(officeCode, visitId);
        if (visit.customerId() == null) {
            throw ApiProblem.conflict("walkin.guest.missing", "Isi buku tamu dulu.", "Record the guest book first.");
        }
        CustomerView customer = customers.require(visit.customerId());
        Quote quote = tariffs.quote(new QuoteRequest(customer.segment(), cart.purpose(), customer.abroad(), null,
                cart.items()));
        visit.recordCart(write(new NewSaleRequest(officeCode, cart.purpose(), cart.items())));
        sendOrConflict(visit, WalkInProcessIds.MSG_REQUEST_RECORDED, Map.of("quotedAmount", quote.total()));
        return new DeskQuote(visit.view(), quote);
    }

    /**
     * The quote of a cart for the visit's guest, as {@link #recordRequest} would price it; nothing of the visit is
     * recorded. Not read-only: the tariff's DMN decisions write their history (PostgreSQL refuses that read-only).
     */
    public Quote previewQuote(String officeCode, long visitId, DeskCart cart) {
        Visit visit = visit(officeCode, visitId);
        if (visit.customerId() == null) {
            throw ApiProblem.conflict("walkin.guest.missing", "Isi buku tamu dulu.", "Record the guest book first.");
        }
        CustomerView customer = customers.require(visit.customerId());
        return tariffs.quote(new QuoteRequest(customer.segment(), cart.purpose(), customer.abroad(), null,
                cart.items()));
    }

    /** What the officer does next for this visit at the desk: the guest book, the request, or neither (Tasklist). */
    @Transactional(readOnly = true)
    public DeskStep nextStep(String officeCode, long visitId) {
        Visit visit = visit(officeCode, visitId);
        if (process.waitsFor(visit.code(), WalkInProcessIds.MSG_GUEST_RECORDED)) {
            return DeskStep.GUEST_BOOK;
        }
        if (process.waitsFor(visit.code(), WalkInProcessIds.MSG_REQUEST_RECORDED)) {
            return DeskStep.REQUEST;
        }
        return DeskStep.TASKLIST;
    }

    /** The open Tasklist tasks of a visit: its own process and its request's (payment, SPPD). */
    @Transactional(readOnly = true)
    public List<VisitTask> openTasks(String officeCode, long visitId) {
        Visit visit = visit(officeCode, visitId);
        return process.openTasks(visit.code(), visit.requestNumber());
    }

    /** One visit of the office (a visit of another office is not found). */
    @Transactional(readOnly = true)
    public VisitView visitOf(String officeCode, long visitId) {
        return visit(officeCode, visitId).view();
    }

    /** The visitor leaves the desk (the officer says so, or the process ends): the next number's standard starts. */
    public VisitView finish(String officeCode, long visitId) {
        Visit visit = visit(officeCode, visitId);
        visit.finish(now());
        return visit.view();
    }

    /** The rating or complaint a visitor gives on the desk's kiosk tablet, for the visit last served there. */
    public VisitView rate(String officeCode, String deskName, int rating, String feedback, String complaint) {
        if (rating < 1 || rating > 5) {
            throw ApiProblem.badRequest("walkin.rating.range", "Nilai 1 sampai 5.", "A rating is 1 to 5.");
        }
        if (tooLong(feedback) || tooLong(complaint)) {
            throw ApiProblem.badRequest("walkin.rating.too-long", "Saran dan pengaduan paling banyak 2000 huruf.",
                    "Feedback and complaint are at most 2000 characters.");
        }
        String desk = deskName(deskName);
        Visit visit = visits.ofDay(officeCode, today(officeCode)).stream()
                .filter(v -> desk.equals(v.view().desk()) && !v.isRated())
                .filter(v -> process.waitsFor(v.code(), WalkInProcessIds.MSG_VISIT_RATED))
                .max(Comparator.comparing(v -> v.view().calledAt()))
                .orElseThrow(() -> ApiProblem.conflict("walkin.rating.none", "Tidak ada layanan di loket " + desk
                        + " yang menunggu penilaian.", "No visit at desk " + desk + " waits for a rating."));
        boolean complained = complaint != null && !complaint.isBlank();
        visit.rate(rating, blankToNull(feedback), complained ? complaint.trim() : null, now());
        process.send(visit.code(), WalkInProcessIds.MSG_VISIT_RATED,
                Map.of("rating", rating, "complaintFiled", complained));
        return visit.view();
    }

    @Transactional(readOnly = true)
    public NowServing nowServing(String officeCode) {
        OfficeView office = office(officeCode);
        LocalDate day = today(officeCode);
        List<Visit> ofDay = visits.ofDay(officeCode, day);
        Map<String, VisitView> atDesk = new HashMap<>();
        ofDay.stream().map(Visit::view).filter(v -> v.desk() != null && v.calledAt() != null)
                .forEach(v -> atDesk.merge(v.desk(), v, (a, b) -> a.calledAt().isAfter(b.calledAt()) ? a : b));
        List<NowServing.AtDesk> serving = atDesk.values().stream()
                .sorted(Comparator.comparing(VisitView::desk, DESK_ORDER))
                .map(v -> new NowServing.AtDesk(v.desk(), v.ticket())).toList();
        List<String> next = ofDay.stream().filter(Visit::isWaiting).map(Visit::view)
                .sorted(Comparator.comparing(VisitView::queueNumber)).limit(NEXT_SHOWN).map(VisitView::ticket)
                .toList();
        return new NowServing(officeCode, office.name(), day, settings(officeCode).queueEnabled(), serving, next);
    }

    /** The day's visits of an office with their waits, for the dashboard. */
    @Transactional(readOnly = true)
    public List<VisitView> day(String officeCode, LocalDate day) {
        office(officeCode);
        return visits.ofDay(officeCode, day == null ? today(officeCode) : day).stream().map(Visit::view).toList();
    }

    @Transactional(readOnly = true)
    public VisitView visit(long visitId) {
        return require(visitId).view();
    }

    // --- what the walk-in process asks (walk-in.bpmn) ------------------------------------------------------------

    /** When the waiting visitor's service standard must next be looked at ({@code BoundaryEvent_ServiceStandardDue}). */
    @Transactional(readOnly = true)
    public Instant serviceStandardCheckAt(long visitId) {
        return standardOf(require(visitId)).nextCheck(now());
    }

    /** True, and recorded on the visit, when the visitor still waits and the standard is missed now. */
    public boolean serviceStandardMissed(long visitId) {
        Visit visit = require(visitId);
        boolean missed = visit.isWaiting() && standardOf(visit).missedAt(now());
        if (missed) {
            visit.markStandardMissed();
        }
        return missed;
    }

    /** Opens the sale for the request recorded at the desk, now that its documents are complete. */
    public RequestDetail openRequest(long visitId) {
        Visit visit = require(visitId);
        if (visit.requestNumber() != null) {
            return requests.deskRequest(visit.requestNumber());
        }
        RequestDetail opened = requests.openAtDesk(customers.require(visit.customerId()), read(visit.cartJson()));
        visit.openedRequest(opened.number());
        return opened;
    }

    /** The abstract does not match the data: a consultation, linked to the visit (issue 4), instead of a sale. */
    public long openConsultation(long visitId, String reason) {
        Visit visit = require(visitId);
        visit.redirectToConsultation(now());
        return consultations.findByVisitId(visitId).orElseGet(() -> consultations.save(
                new Consultation(visitId, visit.officeCode(), blankToNull(reason), now()))).id();
    }

    /** The visitor accepted the product: the sale is done ("selesai"). */
    public void closeRequest(long visitId) {
        requests.statusReached(requestOf(visitId), RequestStatus.DONE);
    }

    /** The invoice's validity ended unpaid (a billing code never paid at the bank): the sale is cancelled. */
    public void cancelRequest(long visitId) {
        String number = requestOf(visitId);
        requests.cancel(number, CancelCause.PAYMENT_NOT_MADE, null);
        requests.statusReached(number, RequestStatus.CANCELLED);
    }

    private String requestOf(long visitId) {
        String number = require(visitId).requestNumber();
        if (number == null) {
            throw new IllegalStateException("Visit " + visitId + " has no request yet");
        }
        return number;
    }

    public void visitEnded(long visitId) {
        require(visitId).finish(now());
    }

    // -------------------------------------------------------------------------------------------------------------

    private void start(Visit visit, boolean queueEnabled) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("visitId", visit.id());
        variables.put("officeCode", visit.officeCode());
        variables.put("queueEnabled", queueEnabled);
        if (visit.queueNumber() != null) {
            variables.put("queueNumber", visit.queueNumber());
        }
        process.start(visit.code(), variables);
    }

    private ServiceStandard standardOf(Visit visit) {
        Duration allowed = Duration.ofMinutes(visit.standardMinutes());
        if (visit.queueNumber() == null || visit.queueNumber() == 1) {
            return new ServiceStandard(allowed, visit.arrivedAt(), false, null);
        }
        Optional<Visit> previous = visits.byNumber(visit.officeCode(), visit.serviceDay(), visit.queueNumber() - 1);
        return new ServiceStandard(allowed, visit.arrivedAt(), previous.isPresent(),
                previous.map(Visit::finishedAt).orElse(null));
    }

    private void sendOrConflict(Visit visit, String message, Map<String, Object> variables) {
        if (!process.send(visit.code(), message, variables)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "walkin.step.not-now", Message.of(
                    "Kunjungan " + visit.code() + " tidak menunggu langkah ini sekarang.",
                    "Visit " + visit.code() + " does not wait for this step now."));
        }
    }

    private Visit serving(String officeCode, long visitId) {
        Visit visit = visit(officeCode, visitId);
        if (!visit.isServing()) {
            throw ApiProblem.conflict("walkin.visit.not-serving", "Kunjungan " + visit.code()
                    + " belum dipanggil ke loket atau sudah selesai.", "Visit " + visit.code()
                    + " has not been called to a desk, or is over.");
        }
        return visit;
    }

    private Visit visit(String officeCode, long visitId) {
        return visits.findById(visitId).filter(v -> v.officeCode().equals(officeCode))
                .orElseThrow(() -> notFound(visitId));
    }

    private Visit require(long visitId) {
        return visits.findById(visitId).orElseThrow(() -> notFound(visitId));
    }

    private static ApiProblem notFound(long visitId) {
        return ApiProblem.notFound("walkin.visit.not-found", "Kunjungan " + visitId + " tidak ditemukan.",
                "Visit " + visitId + " was not found.");
    }

    private OfficeView office(String officeCode) {
        return offices.find(officeCode).orElseThrow(() -> ApiProblem.notFound("walkin.office.unknown",
                "Kantor dengan kode " + officeCode + " tidak ada.", "There is no office with code " + officeCode + "."));
    }

    private LocalDate today(String officeCode) {
        return QueueDay.of(now(), office(officeCode).zone());
    }

    private static String deskName(String desk) {
        String name = desk == null || desk.isBlank() ? "1" : desk.trim();
        if (!name.matches("[A-Za-z0-9]{1,10}")) {
            throw ApiProblem.badRequest("walkin.desk.name", "Nama loket: 1 sampai 10 huruf atau angka.",
                    "A desk name is 1 to 10 letters or digits.");
        }
        return name;
    }

    private String write(NewSaleRequest cart) {
        try {
            return json.writeValueAsString(cart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private NewSaleRequest read(String cart) {
        try {
            return json.readValue(cart, NewSaleRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The cart of a visit cannot be read back", e);
        }
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > 2000;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
