package id.go.bps.pst.customer.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.tariff.CustomerSegment;

/**
 * The demo customers of the README (demo data only): one per kind of buyer the procedures distinguish. Created once;
 * a second start changes nothing.
 */
@Component
class DemoCustomers implements ApplicationRunner {

    static final List<NewCustomer> ALL = List.of(
            new NewCustomer("budi@contoh.co.id", "Budi Santoso", CustomerSegment.PRIVATE, "PT Contoh Riset Pasar",
                    "NIK", "3374011708850003", "0012345678901000", "ID"),
            new NewCustomer("dinas.statistik@jatengprov.go.id", "Dinas Kominfo Provinsi Jawa Tengah",
                    CustomerSegment.GOVERNMENT_REGIONAL, "Pemerintah Provinsi Jawa Tengah", "NIK",
                    "3374024507800002", null, "ID"),
            new NewCustomer("sari@mail.ugm.ac.id", "Sari Wulandari", CustomerSegment.EDUCATION_DOMESTIC,
                    "Universitas Gadjah Mada", "NIK", "3404014303990001", null, "ID"),
            new NewCustomer("researcher@example.edu.au", "Alex Morgan", CustomerSegment.INDIVIDUAL,
                    "University of Melbourne", "PASSPORT", "PA1234567", null, "AU"));

    private final CustomerRepository customers;
    private final PasswordEncoder passwords;
    private final boolean demo;
    private final String password;

    DemoCustomers(CustomerRepository customers, PasswordEncoder passwords,
                  @Value("${pst.demo.enabled:false}") boolean demo,
                  @Value("${pst.customer.demo-password:}") String password) {
        this.customers = customers;
        this.passwords = passwords;
        this.demo = demo;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo || password.isBlank()) {
            return;
        }
        for (NewCustomer spec : ALL) {
            if (!customers.existsByEmail(spec.email())) {
                CustomerAccount account = new CustomerAccount(spec, passwords.encode(password), Instant.now());
                account.verifyEmail();
                customers.save(account);
            }
        }
    }
}
