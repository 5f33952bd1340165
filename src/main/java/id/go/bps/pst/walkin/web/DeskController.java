package id.go.bps.pst.walkin.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.walkin.Desk;
import id.go.bps.pst.walkin.DeskCart;
import id.go.bps.pst.walkin.DeskQuote;
import id.go.bps.pst.walkin.DeskSettings;
import id.go.bps.pst.walkin.GuestEntry;
import id.go.bps.pst.walkin.IdCardType;
import id.go.bps.pst.walkin.VisitView;

/**
 * The officers' desk API (issue 4): queue numbers, the call to a desk, the guest book, the request stated at the
 * desk, and the day's visits with their waits. Staff of the office only (HTTP Basic, Camunda account); the decisions
 * themselves are Tasklist tasks of the visit's process.
 */
@RestController
@RequestMapping("/api/desk/{office}")
class DeskController {

    private final Desk desk;
    private final OfficeStaff staff;

    DeskController(Desk desk, OfficeStaff staff) {
        this.desk = desk;
        this.staff = staff;
    }

    @GetMapping("/settings")
    DeskSettings settings(@PathVariable String office, Authentication user) {
        staff.require(user, office);
        return desk.settings(office);
    }

    /** The officer hands out a number (the kiosk does the same for visitors). */
    @PostMapping("/queue")
    VisitView takeNumber(@PathVariable String office, Authentication user) {
        staff.require(user, office);
        return desk.takeNumber(office);
    }

    /** Calls the lowest waiting number to the desk; 204 when nobody waits. */
    @PostMapping("/queue/call-next")
    ResponseEntity<VisitView> callNext(@PathVariable String office, @RequestBody(required = false) DeskName body,
                                       Authentication user) {
        staff.require(user, office);
        return desk.callNext(office, body == null ? null : body.desk()).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    /** Greets a visitor where the office has no queue numbers (seed 003): the visit starts at the desk. */
    @PostMapping("/visits")
    VisitView greet(@PathVariable String office, @RequestBody(required = false) DeskName body, Authentication user) {
        staff.require(user, office);
        return desk.greet(office, body == null ? null : body.desk());
    }

    /** The day's visits (default today in the office's zone): waits and missed standards, for the dashboard. */
    @GetMapping("/visits")
    List<VisitView> day(@PathVariable String office,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        Authentication user) {
        staff.require(user, office);
        return desk.day(office, date);
    }

    @GetMapping("/visits/{id}")
    VisitView visit(@PathVariable String office, @PathVariable long id, Authentication user) {
        staff.require(user, office);
        VisitView visit = desk.visit(id);
        if (!visit.officeCode().equals(office)) {
            throw ApiProblem.notFound("walkin.visit.not-found", "Kunjungan " + id + " tidak ditemukan.",
                    "Visit " + id + " was not found.");
        }
        return visit;
    }

    @PostMapping("/visits/{id}/guest")
    VisitView recordGuest(@PathVariable String office, @PathVariable long id, @RequestBody GuestEntry entry,
                          Authentication user) {
        staff.require(user, office);
        return desk.recordGuest(office, id, entry);
    }

    @PostMapping("/visits/{id}/request")
    DeskQuote recordRequest(@PathVariable String office, @PathVariable long id, @Valid @RequestBody DeskCart cart,
                            Authentication user) {
        staff.require(user, office);
        return desk.recordRequest(office, id, cart);
    }

    @PostMapping("/visits/{id}/finish")
    VisitView finish(@PathVariable String office, @PathVariable long id, Authentication user) {
        staff.require(user, office);
        return desk.finish(office, id);
    }

    /** A returning visitor by email or identity card; 404 when the guest book does not know them. */
    @GetMapping("/guests")
    GuestFound findGuest(@PathVariable String office, @RequestParam(required = false) String email,
                         @RequestParam(required = false) IdCardType idType,
                         @RequestParam(required = false) String idNumber, Authentication user) {
        staff.require(user, office);
        CustomerView found = desk.findGuest(email, idType, idNumber).orElseThrow(() -> ApiProblem.notFound(
                "walkin.guest.not-found", "Pengunjung belum ada di buku tamu.", "The guest book does not know this visitor."));
        return new GuestFound(found.id(), found.displayName(), found.email(), found.segment().name(),
                found.institution());
    }

    /** The desk a call or greeting happens at; default "1". */
    record DeskName(String desk) {
    }

    /** Enough for the officer to recognise a returning visitor; the ID number is not echoed. */
    record GuestFound(long customerId, String name, String email, String segment, String institution) {
    }
}
