package id.go.bps.pst.customer.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.tariff.CustomerSegment;

/** A customer account. The password is kept only as a BCrypt hash. */
@Entity
@Table(name = "customer_account")
public class CustomerAccount {

    /** Indonesia's ISO 3166 code: everyone else is abroad. */
    static final String DOMESTIC = "ID";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    private CustomerSegment segment;
    private String institution;
    @Column(name = "identity_kind")
    private String identityKind;
    @Column(name = "identity_number")
    private String identityNumber;
    private String npwp;
    @Column(name = "country_code")
    private String countryCode;
    @Column(name = "email_verified")
    private boolean emailVerified;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CustomerAccount() {
    }

    public CustomerAccount(NewCustomer spec, String passwordHash, Instant now) {
        this.email = spec.email().trim().toLowerCase(Locale.ROOT);
        this.passwordHash = passwordHash;
        this.displayName = spec.displayName();
        this.segment = spec.segment();
        this.institution = spec.institution();
        this.identityKind = spec.identityKind();
        this.identityNumber = spec.identityNumber();
        this.npwp = spec.npwp();
        this.countryCode = spec.countryCode().toUpperCase(Locale.ROOT);
        this.createdAt = now;
    }

    public void verifyEmail() {
        this.emailVerified = true;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public CustomerView view() {
        return new CustomerView(id, email, displayName, segment, institution, countryCode,
                !DOMESTIC.equals(countryCode));
    }
}
