package id.go.bps.pst.customer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.customer.domain.CustomerAccount;
import id.go.bps.pst.customer.domain.CustomerRepository;
import id.go.bps.pst.customer.domain.NewCustomer;
import id.go.bps.pst.platform.ApiProblem;

/** The public face of the customer module. */
@Service
@Transactional(readOnly = true)
public class Customers {

    private final CustomerRepository customers;
    private final PasswordEncoder passwords;

    Customers(CustomerRepository customers, PasswordEncoder passwords) {
        this.customers = customers;
        this.passwords = passwords;
    }

    /** A returning visitor: found by email first, then by identity card (kind and number). */
    public Optional<CustomerView> findGuest(String email, String identityKind, String identityNumber) {
        Optional<CustomerView> byEmail = byEmail(email);
        if (byEmail.isPresent() || identityKind == null || identityNumber == null) {
            return byEmail;
        }
        return customers.findFirstByIdentityKindAndIdentityNumber(identityKind, identityNumber)
                .map(CustomerAccount::view);
    }

    /**
     * The guest book at the desk: a returning visitor keeps their account, a new one gets an account that cannot
     * sign in yet (a random password nobody knows; the visitor may reset it to use the portal later).
     */
    @Transactional
    public GuestRegistration registerGuest(GuestBookEntry entry) {
        Optional<CustomerView> known = findGuest(entry.email(), entry.identityKind(), entry.identityNumber());
        if (known.isPresent()) {
            return new GuestRegistration(known.get(), true);
        }
        NewCustomer spec = new NewCustomer(entry.email(), entry.displayName(), entry.segment(), entry.institution(),
                entry.identityKind(), entry.identityNumber(), null, entry.countryCode());
        CustomerAccount account = new CustomerAccount(spec, passwords.encode(UUID.randomUUID().toString()),
                Instant.now());
        return new GuestRegistration(customers.save(account).view(), false);
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
