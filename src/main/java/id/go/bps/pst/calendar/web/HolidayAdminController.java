package id.go.bps.pst.calendar.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.bps.pst.calendar.domain.HolidayView;
import id.go.bps.pst.calendar.domain.Holidays;
import id.go.bps.pst.platform.ApiProblem;

/** Admin upkeep of holidays (role ADMIN, see SecurityConfig); the admin's name goes into the audit. */
@RestController
@RequestMapping("/api/admin/holidays")
class HolidayAdminController {

    private final Holidays holidays;

    HolidayAdminController(Holidays holidays) {
        this.holidays = holidays;
    }

    @GetMapping
    List<HolidayView> list(@RequestParam(required = false) String year,
                           @RequestParam(required = false) String office) {
        return holidays.list(Params.year(year), Params.optionalText(office));
    }

    @GetMapping("/{id}")
    HolidayView one(@PathVariable String id) {
        return holidays.require(Params.id(id));
    }

    @PostMapping
    ResponseEntity<HolidayView> create(@RequestBody(required = false) HolidayRequest request, Principal admin) {
        if (request == null) {
            throw ApiProblem.badRequest("calendar.holiday-body-required",
                    "Isi permintaan wajib berupa JSON {date, kind, name, officeCode}.",
                    "The request body must be JSON {date, kind, name, officeCode}.");
        }
        HolidayView created = holidays.create(request.toNewHoliday(), admin.getName());
        return ResponseEntity.created(URI.create("/api/admin/holidays/" + created.id())).body(created);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Principal admin) {
        holidays.delete(Params.id(id), admin.getName());
        return ResponseEntity.noContent().build();
    }
}
