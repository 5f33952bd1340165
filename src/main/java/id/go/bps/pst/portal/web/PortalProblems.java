package id.go.bps.pst.portal.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import id.go.bps.pst.platform.ApiProblem;

/**
 * On a customer page a refusal is a page, not the API's JSON problem: another customer's request number is "not
 * found" (as in the API: 404, nothing told about it), an unknown product too.
 */
@ControllerAdvice(basePackageClasses = PortalProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalProblems {

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem.text());
        return "portal/problem";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", id.go.bps.pst.platform.Message.of("Alamat halaman ini tidak valid.",
                "This page address is not valid."));
        return "portal/problem";
    }
}
