package id.go.bps.pst.request.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.request.NewSaleRequest;

/** Where requests are kept: created with their number, found by number, owned by their customer. */
@Component
public class RequestLedger {

    private final SaleRequestRepository requests;
    private final RequestNumbers numbers;
    private final RequestDrafts drafts;

    RequestLedger(SaleRequestRepository requests, RequestNumbers numbers, RequestDrafts drafts) {
        this.requests = requests;
        this.numbers = numbers;
        this.drafts = drafts;
    }

    public SaleRequest create(CustomerView customer, NewSaleRequest cart, int year, Instant now) {
        RequestDraft draft = drafts.draft(customer, cart);
        String number = numbers.next(cart.officeCode(), year);
        SaleRequest request = new SaleRequest(number, customer.id(), draft, now);
        request.describeUse(cart.abstractFields());
        return requests.save(request);
    }

    public List<SaleRequest> ofCustomer(long customerId) {
        return requests.findByCustomerIdOrderByCreatedAtDesc(customerId);
    }

    /** The customer's request; someone else's answers exactly like a missing one, so numbers cannot be probed. */
    public SaleRequest owned(long customerId, String number) {
        return requests.findByNumber(number).filter(r -> r.belongsTo(customerId)).orElseThrow(() -> notFound(number));
    }

    public SaleRequest require(String number) {
        return requests.findByNumber(number).orElseThrow(() -> notFound(number));
    }

    private static ApiProblem notFound(String number) {
        return ApiProblem.notFound("request.not-found", "Permintaan " + number + " tidak ditemukan.",
                "Request " + number + " was not found.");
    }
}
