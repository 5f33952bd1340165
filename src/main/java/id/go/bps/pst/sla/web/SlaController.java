package id.go.bps.pst.sla.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.platform.Message;
import id.go.bps.pst.sla.SlaClockView;
import id.go.bps.pst.sla.SlaClocks;
import id.go.bps.pst.sla.SlaDashboard;
import id.go.bps.pst.sla.SlaRequestRow;
import id.go.bps.pst.sla.SlaScope;
import id.go.bps.pst.sla.SlaSummary;
import id.go.bps.pst.staff.StaffDirectory;

/**
 * The SLA dashboard's data (issue 5), for staff: BPS RI (0000) staff and administrators read every office, other
 * staff the offices of their groups ({@code officer<code>}, {@code treasurer<code>}, {@code supervisor<code>}).
 * Signed in with HTTP Basic, or with the Cockpit session when the plugin asks.
 */
@RestController
@RequestMapping("/api/sla")
class SlaController {

    private final SlaDashboard dashboard;
    private final StaffDirectory staff;
    private final SlaClocks clocks;

    SlaController(SlaDashboard dashboard, StaffDirectory staff, SlaClocks clocks) {
        this.dashboard = dashboard;
        this.staff = staff;
        this.clocks = clocks;
    }

    @GetMapping("/summary")
    SlaSummary summary(@RequestParam(required = false) String office,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       Authentication reader) {
        return dashboard.summary(scope(reader), office, from, to);
    }

    @GetMapping("/requests")
    List<SlaRequestRow> requests(@RequestParam(defaultValue = "at-risk") String state,
                                 @RequestParam(required = false) String office, Authentication reader) {
        boolean breached = switch (state) {
            case "breached" -> true;
            case "at-risk" -> false;
            default -> throw ApiProblem.badRequest("sla.requests.state", "Parameter 'state': at-risk atau breached.",
                    "Parameter 'state': at-risk or breached.");
        };
        return dashboard.requests(scope(reader), office, breached);
    }

    /** One request's clock with its timeline (the Cockpit tab), for staff who may see its office. */
    @GetMapping("/clocks/{requestNumber}")
    SlaClockView clock(@PathVariable String requestNumber, Authentication reader) {
        SlaScope scope = scope(reader);
        SlaClockView view = clocks.view(requestNumber);
        if (!scope.sees(view.officeCode())) {
            // Another office's request is "not found", as on the back-office page.
            throw ApiProblem.notFound("sla.clock-not-found", "Permintaan " + requestNumber
                    + " belum memiliki jam SLA.", "Request " + requestNumber + " has no SLA clock.");
        }
        return view;
    }

    private SlaScope scope(Authentication reader) {
        List<String> groups = reader.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).toList();
        if (groups.contains(StaffDirectory.ADMIN_GROUP)) {
            return SlaScope.all();
        }
        Set<String> offices = new HashSet<>();
        groups.forEach(g -> staff.parse(g).ifPresent(sg -> offices.add(sg.officeCode())));
        if (offices.contains(SlaScope.NATIONAL_OFFICE)) {
            return SlaScope.all();
        }
        if (offices.isEmpty()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "sla.staff-only", Message.of(
                    "Dasbor SLA hanya untuk petugas BPS.", "The SLA dashboard is for BPS staff only."));
        }
        return new SlaScope(Set.copyOf(offices));
    }
}
