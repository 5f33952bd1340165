package id.go.bps.pst.request.domain;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.customer.Customers;
import id.go.bps.pst.notification.Recipient;
import id.go.bps.pst.notification.RecipientDirectory;

/** Tells the notification module whom to write about a request: its customer, looked up at the moment of writing. */
@Component
class RequestRecipients implements RecipientDirectory {

    private final SaleRequestRepository requests;
    private final Customers customers;

    RequestRecipients(SaleRequestRepository requests, Customers customers) {
        this.requests = requests;
        this.customers = customers;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Recipient> customerOf(String requestNumber) {
        return requests.findByNumber(requestNumber)
                .map(request -> customers.require(request.customerId()))
                .map(customer -> new Recipient(customer.email(), customer.displayName()));
    }
}
