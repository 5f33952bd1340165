package id.go.bps.pst.walkin.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.walkin.Desk;

/**
 * The public pages of an office's PST room (issue 4): the kiosk where visitors take a queue number, the tablet at
 * each desk for the rating or complaint (seed 001 step 20), and the waiting-room screen ("now serving"). Bilingual,
 * no sign-in; a refusal is shown on the page, in both languages.
 */
@Controller
@RequestMapping("/kiosk/{office}")
class KioskController {

    private final Desk desk;

    KioskController(Desk desk) {
        this.desk = desk;
    }

    @GetMapping
    String kiosk(@PathVariable String office, Model model) {
        model.addAttribute("settings", desk.settings(office));
        model.addAttribute("screen", desk.nowServing(office));
        return "kiosk/take-number";
    }

    @PostMapping("/queue")
    String takeNumber(@PathVariable String office, Model model) {
        try {
            model.addAttribute("ticket", desk.takeNumber(office));
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.text());
        }
        model.addAttribute("settings", desk.settings(office));
        model.addAttribute("screen", desk.nowServing(office));
        return "kiosk/take-number";
    }

    @GetMapping("/now-serving")
    String nowServing(@PathVariable String office, Model model) {
        model.addAttribute("screen", desk.nowServing(office));
        return "kiosk/now-serving";
    }

    @GetMapping("/desks/{deskName}/rating")
    String ratingForm(@PathVariable String office, @PathVariable String deskName, Model model) {
        model.addAttribute("screen", desk.nowServing(office));
        model.addAttribute("desk", deskName);
        return "kiosk/rating";
    }

    @PostMapping("/desks/{deskName}/rating")
    String rate(@PathVariable String office, @PathVariable String deskName, @RequestParam int rating,
                @RequestParam(required = false) String feedback, @RequestParam(required = false) String complaint,
                Model model) {
        try {
            desk.rate(office, deskName, rating, feedback, complaint);
            model.addAttribute("thanks", true);
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.text());
        }
        model.addAttribute("screen", desk.nowServing(office));
        model.addAttribute("desk", deskName);
        return "kiosk/rating";
    }
}
