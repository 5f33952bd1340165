package id.go.bps.pst.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;

/**
 * A failed customer login goes back to the login page with what was typed (the email, kept in the session rather
 * than the address bar) and why: wrong password, or an email not verified yet.
 */
final class PortalLoginFailures {

    static final String EMAIL = "pst.login.email";
    static final String ERROR = "pst.login.error";

    private PortalLoginFailures() {
    }

    static void handle(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        var session = request.getSession();
        session.setAttribute(EMAIL, request.getParameter("email"));
        session.setAttribute(ERROR, failure instanceof DisabledException ? "unverified" : "bad-credentials");
        response.sendRedirect(request.getContextPath() + "/masuk");
    }
}
