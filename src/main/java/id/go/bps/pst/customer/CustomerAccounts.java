package id.go.bps.pst.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import id.go.bps.pst.customer.domain.AccountToken;
import id.go.bps.pst.customer.domain.AccountTokenRepository;
import id.go.bps.pst.customer.domain.CustomerAccount;
import id.go.bps.pst.customer.domain.CustomerRepository;
import id.go.bps.pst.customer.domain.NewCustomer;
import id.go.bps.pst.notification.Notice;
import id.go.bps.pst.notification.NotificationSettings;
import id.go.bps.pst.notification.Notifications;
import id.go.bps.pst.platform.ApiProblem;

/**
 * Self-service accounts: registration with a verification link by email, and a password reset by email. Links carry
 * a random token that is stored only as its hash, used once, and expires (verification 3 days, reset 1 hour).
 */
@Service
@Transactional
public class CustomerAccounts {

    static final Duration VERIFY_VALID = Duration.ofDays(3);
    static final Duration RESET_VALID = Duration.ofHours(1);

    private final CustomerRepository customers;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final Notifications notifications;
    private final String baseUrl;

    CustomerAccounts(CustomerRepository customers, AccountTokenRepository tokens, PasswordEncoder passwords,
                     Notifications notifications, NotificationSettings settings) {
        this.customers = customers;
        this.tokens = tokens;
        this.passwords = passwords;
        this.notifications = notifications;
        this.baseUrl = settings.baseUrl();
    }

    /** Creates the unverified account and mails the verification link; a taken email is a 409 problem. */
    public CustomerView register(Registration r) {
        String email = r.email().trim().toLowerCase(Locale.ROOT);
        if (customers.existsByEmail(email)) {
            throw ApiProblem.conflict("customer.email.taken", "Email ini sudah terdaftar; silakan masuk.",
                    "This email is already registered; please log in.");
        }
        NewCustomer spec = new NewCustomer(email, r.displayName().strip(), r.segment(), blankToNull(r.institution()),
                r.identityKind(), r.identityNumber().strip(), blankToNull(r.npwp()), r.countryCode());
        CustomerAccount account = customers.save(new CustomerAccount(spec, passwords.encode(r.password()), now()));
        mail(account, AccountTokenKind.VERIFY_EMAIL, VERIFY_VALID, Notice.ACCOUNT_VERIFY_EMAIL, "daftar/verifikasi");
        return account.view();
    }

    /** Marks the email verified; false when the link is unknown, used or expired. */
    public boolean verifyEmail(String token) {
        return redeem(token, AccountTokenKind.VERIFY_EMAIL).map(account -> {
            account.verifyEmail();
            return true;
        }).orElse(false);
    }

    /** Mails a reset link when the email has an account; says nothing either way (no account enumeration). */
    public void requestPasswordReset(String email) {
        customers.findByEmail(email == null ? "" : email.trim().toLowerCase(Locale.ROOT)).ifPresent(account ->
                mail(account, AccountTokenKind.RESET_PASSWORD, RESET_VALID, Notice.ACCOUNT_RESET_PASSWORD,
                        "lupa-sandi/baru"));
    }

    /** Sets the new password; false when the link is unknown, used or expired. A reset also proves the email. */
    public boolean resetPassword(String token, String newPassword) {
        return redeem(token, AccountTokenKind.RESET_PASSWORD).map(account -> {
            account.changePassword(passwords.encode(newPassword));
            account.verifyEmail();
            return true;
        }).orElse(false);
    }

    /** Whether a link still works, for the page that asks for the new password. */
    @Transactional(readOnly = true)
    public boolean isUsable(String token, AccountTokenKind kind) {
        return token != null && tokens.findByTokenHash(AccountToken.hash(token))
                .filter(t -> t.kind() == kind && t.isUsable(now())).isPresent();
    }

    private Optional<CustomerAccount> redeem(String token, AccountTokenKind kind) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(AccountToken.hash(token)).filter(t -> t.kind() == kind && t.isUsable(now()))
                .flatMap(t -> {
                    t.use(now());
                    return customers.findById(t.customerId());
                });
    }

    private void mail(CustomerAccount account, AccountTokenKind kind, Duration valid, Notice notice, String path) {
        String secret = AccountToken.newSecret();
        tokens.save(new AccountToken(account.view().id(), kind, AccountToken.hash(secret), now(), now().plus(valid)));
        String link = UriComponentsBuilder.fromUriString(baseUrl).path("/" + path).queryParam("token", secret)
                .build().encode().toUriString();
        notifications.sendToAccount(notice, account.email(), account.view().displayName(), link);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
