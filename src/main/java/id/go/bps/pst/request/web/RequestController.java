package id.go.bps.pst.request.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.bps.pst.customer.Customers;
import id.go.bps.pst.request.CustomerAction;
import id.go.bps.pst.request.NewSaleRequest;
import id.go.bps.pst.request.RequestDetail;
import id.go.bps.pst.request.RequestSummary;
import id.go.bps.pst.request.SaleRequests;

/** The customer API of the online sale: my requests, and what I can do with each ("Transaksi Saya"). */
@RestController
@RequestMapping("/api/requests")
class RequestController {

    private final SaleRequests requests;
    private final Customers customers;

    RequestController(SaleRequests requests, Customers customers) {
        this.requests = requests;
        this.customers = customers;
    }

    @PostMapping
    ResponseEntity<RequestDetail> create(@Valid @RequestBody NewSaleRequest cart, Principal principal) {
        RequestDetail created = requests.create(customers.current(principal), cart);
        return ResponseEntity.created(URI.create("/api/requests/" + created.number())).body(created);
    }

    @GetMapping
    List<RequestSummary> mine(Principal principal) {
        return requests.mine(me(principal));
    }

    @GetMapping("/{number}")
    RequestDetail detail(@PathVariable String number, Principal principal) {
        return requests.detail(me(principal), number);
    }

    @PostMapping("/{number}/submit")
    ResponseEntity<RequestSummary> submit(@PathVariable String number, Principal principal) {
        return accepted(requests.submit(me(principal), number));
    }

    @PostMapping("/{number}/offer-review")
    ResponseEntity<RequestSummary> reviewOffer(@PathVariable String number, @Valid @RequestBody OfferReview review,
                                               Principal principal) {
        return accepted(requests.act(me(principal), number, CustomerAction.REVIEW_OFFER, review.variables()));
    }

    @PostMapping("/{number}/revisions")
    ResponseEntity<RequestSummary> requestRevision(@PathVariable String number,
                                                   @Valid @RequestBody RevisionRequest revision, Principal principal) {
        return accepted(requests.act(me(principal), number, CustomerAction.REQUEST_REVISION,
                Map.of("decisionReason", revision.reason())));
    }

    @PostMapping("/{number}/acceptance")
    ResponseEntity<RequestSummary> accept(@PathVariable String number, Principal principal) {
        return accepted(requests.act(me(principal), number, CustomerAction.ACCEPT_DELIVERY, Map.of()));
    }

    @PostMapping("/{number}/rating")
    ResponseEntity<RequestSummary> rate(@PathVariable String number, @Valid @RequestBody Rating rating,
                                        Principal principal) {
        return accepted(requests.rate(me(principal), number, rating.rating(), rating.feedback()));
    }

    @PostMapping("/{number}/complaints")
    ResponseEntity<Map<String, Object>> complain(@PathVariable String number, @Valid @RequestBody Complaint complaint,
                                                 Principal principal) {
        long id = requests.complain(me(principal), number, complaint.text());
        return ResponseEntity.status(201).body(Map.of("id", id, "number", number));
    }

    /**
     * 202: the action is taken and the process goes on after the commit; the body is the request's line as it
     * stands, {@code Location} the detail to read (status, timeline and the actions possible next).
     */
    private static ResponseEntity<RequestSummary> accepted(RequestSummary request) {
        return ResponseEntity.accepted().location(URI.create("/api/requests/" + request.number())).body(request);
    }

    private long me(Principal principal) {
        return customers.current(principal).id();
    }
}
