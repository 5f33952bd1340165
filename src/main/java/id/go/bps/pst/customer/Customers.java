package id.go.bps.pst.customer;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.customer.domain.CustomerAccount;
import id.go.bps.pst.customer.domain.CustomerRepository;
import id.go.bps.pst.platform.ApiProblem;

/** The public face of the customer module. */
@Service
@Transactional(readOnly = true)
public class Customers {

    private final CustomerRepository customers;

    Customers(CustomerRepository customers) {
        this.customers = customers;
    }

    public Optional<CustomerView> byEmail(String email) {
        return email == null ? Optional.empty()
                : customers.findByEmail(email.trim().toLowerCase(java.util.Locale.ROOT)).map(CustomerAccount::view);
    }

    public CustomerView require(long id) {
        return customers.findById(id).map(CustomerAccount::view).orElseThrow(() -> ApiProblem.notFound(
                "customer.not-found", "Pelanggan tidak ditemukan.", "No such customer."));
    }

    /** The signed-in customer, from the name Spring Security authenticated (the email). */
    public CustomerView current(java.security.Principal principal) {
        return byEmail(principal == null ? null : principal.getName()).orElseThrow(() -> new ApiProblem(
                org.springframework.http.HttpStatus.FORBIDDEN, "customer.only",
                id.go.bps.pst.platform.Message.of("Hanya pelanggan yang dapat melakukan ini.",
                        "Only a customer account can do this.")));
    }
}
