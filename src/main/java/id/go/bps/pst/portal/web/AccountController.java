package id.go.bps.pst.portal.web;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.bps.pst.customer.AccountTokenKind;
import id.go.bps.pst.customer.CustomerAccounts;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.tariff.CustomerSegment;

/** Register (with a verification link by email), log in, and reset a forgotten password. */
@Controller
class AccountController {

    private final CustomerAccounts accounts;

    AccountController(CustomerAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("segments")
    List<CustomerSegment> segments() {
        return List.of(CustomerSegment.values());
    }

    @GetMapping("/daftar")
    String registerForm(@ModelAttribute("form") RegistrationForm form) {
        return "portal/register";
    }

    @PostMapping("/daftar")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                accounts.register(form.toRegistration());
                model.addAttribute("email", form.getEmail());
                return "portal/register-sent";
            } catch (ApiProblem problem) {
                errors.rejectValue("email", "portal.email.taken");
            }
        }
        return "portal/register";
    }

    @GetMapping("/daftar/verifikasi")
    String verify(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("verified", accounts.verifyEmail(token));
        return "portal/verified";
    }

    @GetMapping("/masuk")
    String login(HttpSession session, Model model) {
        model.addAttribute("email", session.getAttribute("pst.login.email"));
        model.addAttribute("loginError", session.getAttribute("pst.login.error"));
        session.removeAttribute("pst.login.email");
        session.removeAttribute("pst.login.error");
        return "portal/login";
    }

    @GetMapping("/lupa-sandi")
    String forgotForm() {
        return "portal/forgot";
    }

    @PostMapping("/lupa-sandi")
    String forgot(@RequestParam(defaultValue = "") String email, Model model) {
        if (email.isBlank()) {
            model.addAttribute("emailError", true);
            return "portal/forgot";
        }
        accounts.requestPasswordReset(email);
        model.addAttribute("sent", true);
        return "portal/forgot";
    }

    @GetMapping("/lupa-sandi/baru")
    String newPasswordForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", accounts.isUsable(token, AccountTokenKind.RESET_PASSWORD));
        return "portal/new-password";
    }

    @PostMapping("/lupa-sandi/baru")
    String newPassword(@RequestParam String token, @RequestParam(defaultValue = "") String password,
                       @RequestParam(defaultValue = "") String passwordAgain, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", true);
        if (password.length() < RegistrationForm.MIN_PASSWORD) {
            model.addAttribute("passwordError", "portal.password.short");
            return "portal/new-password";
        }
        if (!password.equals(passwordAgain)) {
            model.addAttribute("passwordAgainError", "portal.password.mismatch");
            return "portal/new-password";
        }
        if (!accounts.resetPassword(token, password)) {
            model.addAttribute("usable", false);
            return "portal/new-password";
        }
        return "redirect:/masuk?reset";
    }
}
