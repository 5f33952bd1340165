package id.go.bps.pst.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.office.Offices;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.sla.domain.SlaFigures;

/**
 * The SLA dashboard (issue 5): figures per office or for all, and the open requests at risk or breached, for the
 * readers a {@link SlaScope} allows. Dates are days in the office's zone (WIB when all offices are read).
 */
@Service
@Transactional(readOnly = true)
public class SlaDashboard {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int MAX_DAYS = 3 * 366;
    private static final int MAX_ROWS = 500;

    private final SlaFigures figures;
    private final Offices offices;
    private final ProcessEngine engine;
    private final Clock clock = Clock.systemUTC();

    SlaDashboard(SlaFigures figures, Offices offices, ProcessEngine engine) {
        this.figures = figures;
        this.offices = offices;
        this.engine = engine;
    }

    public SlaSummary summary(SlaScope scope, String office, LocalDate from, LocalDate to) {
        String read = readable(scope, office);
        ZoneId zone = read == null ? WIB : offices.require(read).zone();
        Instant now = clock.instant();
        LocalDate last = to != null ? to : LocalDate.ofInstant(now, zone);
        LocalDate first = from != null ? from : last.minusMonths(11).withDayOfMonth(1);
        if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
            throw ApiProblem.badRequest("sla.summary.range", "Rentang tanggal tidak valid: 'from' sebelum 'to', "
                    + "paling lama 3 tahun.", "Invalid date range: 'from' before 'to', at most 3 years.");
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        SlaSummary.Open open = figures.open(read, now, start(today, zone), start(today.plusDays(1), zone));
        int offsetHours = zone.getRules().getOffset(now).getTotalSeconds() / 3600;
        List<SlaFigures.Bar> byMonth = figures.deliveriesByMonth(read, start(first, zone),
                start(last.plusDays(1), zone), offsetHours);
        List<SlaSummary.Period> months = new ArrayList<>();
        for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate month = m;
            LocalDate end = m.plusMonths(1).minusDays(1);
            months.add(Periods.of(m.toString().substring(0, 7), m.isBefore(first) ? first : m,
                    end.isAfter(last) ? last : end, byMonth.stream().filter(b -> b.day().equals(month)).toList()));
        }
        LocalDate from90 = last.minusDays(89);
        LocalDate from30 = last.minusDays(29);
        List<SlaFigures.Bar> recent = figures.deliveriesSince(read, start(from90, zone), start(last.plusDays(1), zone),
                start(from30, zone), from90, from30);
        return new SlaSummary(read, now, first, last, open,
                Periods.of("30", from30, last, recent.stream().filter(b -> b.day().equals(from30)).toList()),
                Periods.of("90", from90, last, recent), months);
    }

    /** Open requests at risk ({@code breached} false) or breached, with the holder of their task and instance. */
    public List<SlaRequestRow> requests(SlaScope scope, String office, boolean breached) {
        String read = readable(scope, office);
        List<SlaRequestRow> rows = figures.openRows(read, breached, clock.instant(), MAX_ROWS);
        return rows.stream().filter(r -> scope.sees(r.officeCode())).map(this::withEngineFacts).toList();
    }

    private SlaRequestRow withEngineFacts(SlaRequestRow row) {
        ProcessInstance root = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(row.requestNumber()).rootProcessInstances().listPage(0, 1).stream()
                .findFirst().orElse(null);
        List<String> holders = new ArrayList<>();
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(row.requestNumber())
                .list()) {
            if (task.getAssignee() != null) {
                holders.add(task.getAssignee());
            } else {
                engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                        .filter(Objects::nonNull).forEach(holders::add);
            }
        }
        return new SlaRequestRow(row.requestNumber(), row.officeCode(), row.state(), row.startedAt(), row.dueAt(),
                row.breached(), root == null ? null : root.getId(), holders.stream().distinct().toList());
    }

    /** The office to read (null: all); one the reader may not see is refused, whether it exists or not. */
    private String readable(SlaScope scope, String office) {
        String wanted = office == null || office.isBlank() ? null : office.strip();
        if (wanted == null && scope.offices() != null) {
            if (scope.offices().size() != 1) {
                throw ApiProblem.badRequest("sla.office.required", "Pilih kantor (parameter 'office').",
                        "Choose an office (parameter 'office').");
            }
            return scope.offices().iterator().next();
        }
        if (wanted != null && !scope.sees(wanted)) {
            throw new ApiProblem(org.springframework.http.HttpStatus.FORBIDDEN, "sla.office.forbidden",
                    id.go.bps.pst.platform.Message.of("Anda hanya dapat melihat SLA kantor Anda sendiri.",
                            "You may only see the SLA of your own office."));
        }
        if (wanted != null) {
            offices.require(wanted);
        }
        return wanted;
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Folds a period's histogram bars into its figures. */
    static final class Periods {

        private Periods() {
        }

        static SlaSummary.Period of(String label, LocalDate from, LocalDate to, List<SlaFigures.Bar> bars) {
            long delivered = 0;
            long within = 0;
            long warnings = 0;
            long breaches = 0;
            long[] byTenths = new long[0];
            for (SlaFigures.Bar bar : bars) {
                delivered += bar.count();
                within += bar.breached() ? 0 : bar.count();
                warnings += bar.warned() ? bar.count() : 0;
                breaches += bar.breached() ? bar.count() : 0;
                int t = Math.max(0, bar.netDayTenths());
                if (t >= byTenths.length) {
                    byTenths = java.util.Arrays.copyOf(byTenths, Math.max(t + 1, byTenths.length * 2));
                }
                byTenths[t] += bar.count();
            }
            return new SlaSummary.Period(label, from, to, delivered, within,
                    delivered == 0 ? null : Math.round(1000.0 * within / delivered) / 1000.0,
                    percentile(byTenths, delivered, 0.5), percentile(byTenths, delivered, 0.9), warnings, breaches);
        }

        /** Nearest rank: the smallest value with at least {@code share} of the deliveries at or below it. */
        static Double percentile(long[] byTenths, long total, double share) {
            if (total == 0) {
                return null;
            }
            long rank = (long) Math.ceil(share * total);
            long seen = 0;
            for (int t = 0; t < byTenths.length; t++) {
                seen += byTenths[t];
                if (seen >= rank) {
                    return t / 10.0;
                }
            }
            return (byTenths.length - 1) / 10.0;
        }
    }
}
