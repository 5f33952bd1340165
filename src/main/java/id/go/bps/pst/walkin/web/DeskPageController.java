package id.go.bps.pst.walkin.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.office.Offices;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.walkin.Desk;
import id.go.bps.pst.walkin.DeskQuote;
import id.go.bps.pst.walkin.DeskStep;
import id.go.bps.pst.walkin.IdCardType;
import id.go.bps.pst.walkin.VisitStatus;
import id.go.bps.pst.walkin.VisitView;

/**
 * The officer's desk pages (issue 4): the day's queue with the call to the desk, and one visit's guest book and
 * request, with the quote explained before it is recorded. The same facade and office check as the desk API; a
 * refusal is shown next to its field with everything typed kept, a refusal of the whole page as a page.
 */
@Controller
@RequestMapping("/backoffice/desk/{office}")
class DeskPageController {

    /** Remembers the officer's desk between calls (per browser). */
    static final String DESK_COOKIE = "pstDesk";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Desk desk;
    private final OfficeStaff staff;
    private final Offices offices;
    private final ProductFinder products;

    DeskPageController(Desk desk, OfficeStaff staff, Offices offices, ProductFinder products) {
        this.desk = desk;
        this.staff = staff;
        this.offices = offices;
        this.products = products;
    }

    @GetMapping
    String deskPage(@PathVariable String office, @CookieValue(name = DESK_COOKIE, required = false) String remembered,
                    Authentication user, Model model) {
        staff.require(user, office);
        model.addAttribute("settings", desk.settings(office));
        model.addAttribute("officeName", offices.require(office).name());
        ZoneId zone = offices.zoneOf(office);
        List<VisitView> day = desk.day(office, null);
        model.addAttribute("waiting", rows(day, zone, v -> v.status() == VisitStatus.WAITING,
                Comparator.comparing(VisitView::arrivedAt)));
        model.addAttribute("serving", rows(day, zone, v -> v.status() == VisitStatus.SERVING,
                Comparator.comparing(VisitView::calledAt)));
        List<VisitRow> served = rows(day, zone, v -> v.status() == VisitStatus.DONE
                || v.status() == VisitStatus.CONSULTATION, Comparator.comparing(VisitView::arrivedAt));
        model.addAttribute("served", served);
        model.addAttribute("servedWithinStandard", served.stream().filter(r -> !r.standardMissed()).count());
        if (!model.containsAttribute("deskName")) {
            model.addAttribute("deskName", remembered == null ? "1" : remembered);
        }
        return "backoffice/desk";
    }

    @PostMapping("/call-next")
    String callNext(@PathVariable String office, @RequestParam(name = "desk", required = false) String deskName,
                    Authentication user, HttpServletResponse response, RedirectAttributes flash) {
        staff.require(user, office);
        try {
            Optional<VisitView> called = desk.callNext(office, deskName);
            remember(response, called.map(VisitView::desk).orElse(deskName));
            if (called.isPresent()) {
                return visitAddress(office, called.get().id());
            }
            flash.addFlashAttribute("notice", "Tidak ada nomor yang menunggu.");
        } catch (ApiProblem problem) {
            refuseDesk(flash, deskName, problem);
        }
        return "redirect:/backoffice/desk/" + office;
    }

    @PostMapping("/greet")
    String greet(@PathVariable String office, @RequestParam(name = "desk", required = false) String deskName,
                 Authentication user, HttpServletResponse response, RedirectAttributes flash) {
        staff.require(user, office);
        try {
            VisitView greeted = desk.greet(office, deskName);
            remember(response, greeted.desk());
            return visitAddress(office, greeted.id());
        } catch (ApiProblem problem) {
            refuseDesk(flash, deskName, problem);
            return "redirect:/backoffice/desk/" + office;
        }
    }

    /** The visit page; with {@code cari} the guest book's search for a returning visitor fills the form. */
    @GetMapping("/visits/{id}")
    String visitPage(@PathVariable String office, @PathVariable long id,
                     @RequestParam(required = false) String cari, @RequestParam(required = false) String email,
                     @RequestParam(required = false) String idType, @RequestParam(required = false) String idNumber,
                     Authentication user, Model model) {
        staff.require(user, office);
        if (cari != null) {
            Optional<CustomerView> known = desk.findGuest(blankToNull(email), GuestForm.parse(IdCardType.class,
                    idType), blankToNull(idNumber));
            model.addAttribute("returning", known.orElse(null));
            model.addAttribute("searched", true);
            model.addAttribute("guest", known.map(c -> GuestForm.of(c, idType, idNumber)).orElseGet(() ->
                    new GuestForm(null, idType, idNumber, email, null, null, null, null)));
        }
        return visit(office, id, model);
    }

    @PostMapping("/visits/{id}/guest")
    String recordGuest(@PathVariable String office, @PathVariable long id, @ModelAttribute("guest") GuestForm guest,
                       Authentication user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        staff.require(user, office);
        Map<String, String> errors = new LinkedHashMap<>(guest.missing());
        if (errors.isEmpty()) {
            try {
                desk.recordGuest(office, id, guest.entry());
                flash.addFlashAttribute("notice", "Buku tamu tercatat untuk " + guest.name().trim() + ".");
                flash.addFlashAttribute("request", RequestForm.empty(guest.purpose()));
                return visitAddress(office, id);
            } catch (ApiProblem problem) {
                refuse(errors, GuestForm.fieldOf(problem), problem, model, response);
            }
        }
        return refused(office, id, errors, model, response);
    }

    @PostMapping("/visits/{id}/request")
    String recordRequest(@PathVariable String office, @PathVariable long id,
                         @ModelAttribute("request") RequestForm form,
                         @RequestParam(defaultValue = "quote") String action,
                         @RequestParam(required = false) String add, Authentication user, Model model,
                         RedirectAttributes flash, HttpServletResponse response) {
        staff.require(user, office);
        if (add != null && !add.isBlank()) {
            model.addAttribute("request", form.adding(add));
            return visit(office, id, model);
        }
        if ("search".equals(action)) {
            model.addAttribute("results", products.find(form.q()));
            model.addAttribute("searched", true);
            return visit(office, id, model);
        }
        Map<String, String> errors = new LinkedHashMap<>(form.missing());
        if (errors.isEmpty()) {
            try {
                if ("record".equals(action)) {
                    DeskQuote recorded = desk.recordRequest(office, id, form.cart());
                    flash.addFlashAttribute("quote", recorded.quote());
                    flash.addFlashAttribute("notice", "Permintaan tercatat. Periksa dokumen pengunjung di Tasklist.");
                    return visitAddress(office, id);
                }
                model.addAttribute("quote", desk.previewQuote(office, id, form.cart()));
                return visit(office, id, model);
            } catch (ApiProblem problem) {
                refuse(errors, "items", problem, model, response);
            }
        }
        return refused(office, id, errors, model, response);
    }

    @PostMapping("/visits/{id}/finish")
    String finish(@PathVariable String office, @PathVariable long id, Authentication user,
                  RedirectAttributes flash) {
        staff.require(user, office);
        VisitView done = desk.finish(office, id);
        flash.addFlashAttribute("notice", "Layanan " + (done.queueNumber() == null ? "" : "nomor ") + label(done) + " selesai; loket siap memanggil berikutnya.");
        return "redirect:/backoffice/desk/" + office;
    }

    /** A refusal of the whole page (another office, an unknown visit): a page, not a JSON problem. */
    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem problem, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        ModelAndView page = new ModelAndView("backoffice/desk-problem");
        page.addObject("problem", problem.text());
        page.addObject("status", problem.status().value());
        return page;
    }

    // -------------------------------------------------------------------------------------------------------------

    private String visit(String office, long id, Model model) {
        VisitView visit = desk.visitOf(office, id);
        DeskStep step = desk.nextStep(office, id);
        ZoneId zone = offices.zoneOf(office);
        model.addAttribute("visit", visit);
        model.addAttribute("row", VisitRow.of(visit, zone, now()));
        model.addAttribute("step", step.name());
        model.addAttribute("tasks", desk.openTasks(office, id));
        if (!model.containsAttribute("guest")) {
            model.addAttribute("guest", GuestForm.empty());
        }
        if (!model.containsAttribute("request")) {
            model.addAttribute("request", RequestForm.empty(null));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        RequestForm request = (RequestForm) model.getAttribute("request");
        model.addAttribute("hints", products.microdataHints(request.codes()));
        model.addAttribute("idTypes", DeskLabels.ID_TYPES);
        model.addAttribute("segments", DeskLabels.SEGMENTS);
        model.addAttribute("purposes", DeskLabels.PURPOSES);
        return "backoffice/desk-visit";
    }

    private String refused(String office, long id, Map<String, String> errors, Model model,
                           HttpServletResponse response) {
        if (response.getStatus() < 400) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("errors", errors);
        return visit(office, id, model);
    }

    private static void refuse(Map<String, String> errors, String field, ApiProblem problem, Model model,
                               HttpServletResponse response) {
        response.setStatus(problem.status().value());
        if (field == null) {
            model.addAttribute("error", problem.text().id() + " / " + problem.text().en());
        } else {
            errors.put(field, problem.text().id() + " / " + problem.text().en());
        }
    }

    private static void refuseDesk(RedirectAttributes flash, String deskName, ApiProblem problem) {
        flash.addFlashAttribute("deskName", deskName);
        flash.addFlashAttribute("errors", Map.of("desk", problem.text().id() + " / " + problem.text().en()));
    }

    private static void remember(HttpServletResponse response, String deskName) {
        if (deskName == null || !deskName.trim().matches("[A-Za-z0-9]{1,10}")) {
            return;
        }
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(DESK_COOKIE, deskName.trim())
                .path("/backoffice/desk").httpOnly(true).sameSite("Lax").maxAge(Duration.ofDays(365)).build()
                .toString());
    }

    private static List<VisitRow> rows(List<VisitView> day, ZoneId zone, java.util.function.Predicate<VisitView> which,
                                       Comparator<VisitView> order) {
        Instant now = now();
        return day.stream().filter(which).sorted(order).map(v -> VisitRow.of(v, zone, now)).toList();
    }

    private static String visitAddress(String office, long id) {
        return "redirect:/backoffice/desk/" + office + "/visits/" + id;
    }

    /** The queue number as the screens show it, or the visit code where the office has no numbers. */
    private static String label(VisitView visit) {
        return visit.queueNumber() == null ? visit.code() : visit.ticket();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /**
     * A visit as the desk pages list it: times in the office's zone, the wait so far (still waiting) or until the
     * call, and whether the service standard was met.
     */
    record VisitRow(long id, String label, String status, String desk, String arrivedAt, String calledAt,
                    String waited, boolean standardMissed, int standardMinutes, String requestNumber) {

        static VisitRow of(VisitView v, ZoneId zone, Instant now) {
            long seconds = v.waitSeconds() != null ? v.waitSeconds()
                    : Math.max(0, Duration.between(v.arrivedAt(), now).toSeconds());
            return new VisitRow(v.id(), DeskPageController.label(v), DeskLabels.STATUSES.get(v.status().name()), v.desk(),
                    clock(v.arrivedAt(), zone), clock(v.calledAt(), zone), minutes(seconds), v.standardMissed(),
                    v.standardMinutes(), v.requestNumber());
        }

        private static String clock(Instant at, ZoneId zone) {
            return at == null ? "-" : CLOCK.format(at.atZone(zone));
        }

        /** "3 mnt 05 dtk": what the officer compares with the 10-minute standard. */
        static String minutes(long seconds) {
            return String.format("%d mnt %02d dtk", seconds / 60, seconds % 60);
        }
    }
}
