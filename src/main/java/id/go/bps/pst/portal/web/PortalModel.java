package id.go.bps.pst.portal.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every customer page's menu bar needs: whether someone is signed in, and this page's path (language links). */
@ControllerAdvice(basePackageClasses = PortalModel.class)
class PortalModel {

    @ModelAttribute("signedIn")
    boolean signedIn(Principal principal) {
        return principal != null;
    }

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
