package id.go.bps.pst.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.go.bps.pst.office.Offices;

/** The customer home page at {@code /}: what the PST sells, where and when it is served. */
@Controller
class HomeController {

    private final Offices offices;

    HomeController(Offices offices) {
        this.offices = offices;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("offices", offices.all());
        return "home";
    }
}
