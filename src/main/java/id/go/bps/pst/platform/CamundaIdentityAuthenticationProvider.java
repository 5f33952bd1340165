package id.go.bps.pst.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks staff passwords against Camunda's identity service, so officers, treasurers, supervisors and admins have one
 * account for the webapps, the engine REST API and the application API. Authorities: {@code GROUP_<id>} for each
 * Camunda group, and {@code ROLE_ADMIN} for members of {@code camunda-admin}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

    static final String ADMIN_GROUP = "camunda-admin";

    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        if (user != null && user.contains("@")) {
            return null; // an email: a customer, never a Camunda id (letters and digits only)
        }
        Object credentials = authentication.getCredentials();
        if (user == null || user.isBlank() || credentials == null
                || !identityService.checkPassword(user, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<Group> groups = identityService.createGroupQuery().groupMember(user).list();
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group : groups) {
            authorities.add(new SimpleGrantedAuthority("GROUP_" + group.getId()));
            if (ADMIN_GROUP.equals(group.getId())) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + SecurityConfig.ADMIN));
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
