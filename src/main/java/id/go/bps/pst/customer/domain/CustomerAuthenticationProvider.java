package id.go.bps.pst.customer.domain;

import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs customers in by email and password ({@code ROLE_CUSTOMER}). Staff ids never contain "@", so the staff
 * provider and this one never claim the same name. An unverified email may not sign in.
 */
@Component
class CustomerAuthenticationProvider implements AuthenticationProvider {

    private final CustomerRepository customers;
    private final PasswordEncoder passwords;

    private final String unknownAccountHash;

    CustomerAuthenticationProvider(CustomerRepository customers, PasswordEncoder passwords) {
        this.customers = customers;
        this.passwords = passwords;
        this.unknownAccountHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        if (name == null || !name.contains("@") || authentication.getCredentials() == null) {
            return null;
        }
        String password = authentication.getCredentials().toString();
        CustomerAccount account = customers.findByEmail(name.trim().toLowerCase(Locale.ROOT)).orElse(null);
        // Hash even for an unknown email, so the answer time does not tell which emails have an account.
        boolean matches = passwords.matches(password, account == null ? unknownAccountHash : account.passwordHash());
        if (account == null || !matches) {
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.isEmailVerified()) {
            throw new DisabledException("Email not verified");
        }
        return UsernamePasswordAuthenticationToken.authenticated(account.email(), null,
                List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER")));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
