package id.go.bps.pst.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a Cockpit plugin call the application API with the webapp's own session: a user signed in to Cockpit (the
 * default engine) is authenticated here with the same authorities as with HTTP Basic ({@code GROUP_<id>}, and
 * {@code ROLE_ADMIN} for {@code camunda-admin}). Only reads are routed through it (see {@code SecurityConfig}).
 * Not a servlet filter of its own: it runs inside one security chain.
 */
public class CamundaWebappSessionFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
            Authentications all = AuthenticationUtil.getAuthsFromSession(session);
            Authentication user = all == null ? null : all.getAuthenticationForProcessEngine(ENGINE);
            if (user instanceof UserAuthentication signedIn && signedIn.isAuthorizedForApp("cockpit")) {
                List<GrantedAuthority> authorities = new ArrayList<>();
                for (String group : signedIn.getGroupIds()) {
                    authorities.add(new SimpleGrantedAuthority("GROUP_" + group));
                    if ("camunda-admin".equals(group)) {
                        authorities.add(new SimpleGrantedAuthority("ROLE_" + SecurityConfig.ADMIN));
                    }
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn.getName(), null,
                        authorities));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
