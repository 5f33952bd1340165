package id.go.bps.pst.platform;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

/** 401 and 403 of the application API in the same problem format, and in both languages, as every other error. */
final class ApiAuthenticationErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiAuthenticationErrors() {
    }

    static AuthenticationEntryPoint entryPoint(String realm) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            write(response, HttpStatus.UNAUTHORIZED, "auth.required", Message.of(
                    "Silakan masuk terlebih dahulu: alamat ini memerlukan akun.",
                    "Please sign in first: this address needs an account."));
        };
    }

    static AccessDeniedHandler accessDenied() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "auth.forbidden", Message.of(
                "Akun Anda tidak berhak melakukan ini.", "Your account may not do this."));
    }

    private static void write(HttpServletResponse response, HttpStatus status, String code, Message text)
            throws IOException {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, text.en());
        body.setProperties(Map.of("code", code, "message", text));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
