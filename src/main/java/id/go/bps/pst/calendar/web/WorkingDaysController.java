package id.go.bps.pst.calendar.web;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.bps.pst.calendar.WorkingDayCalendar;

/** Public: when is the n-th working day at an office (customers see when an online order is due). */
@RestController
class WorkingDaysController {

    private final WorkingDayCalendar calendar;

    WorkingDaysController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/offices/{code}/working-days")
    WorkingDayAnswer addWorkingDays(@PathVariable String code,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String add) {
        LocalDate start = Params.requiredDate("from", from);
        int days = Params.requiredInt("add", add);
        return new WorkingDayAnswer(code, start, days, calendar.addWorkingDays(code, start, days));
    }

    record WorkingDayAnswer(String office, LocalDate from, int add, LocalDate date) {
    }
}
