package id.go.bps.pst.sla.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import id.go.bps.pst.sla.ClockState;
import id.go.bps.pst.sla.SlaRequestRow;
import id.go.bps.pst.sla.SlaSummary;

/**
 * The dashboard's SQL, written for a million clocks (issue 5, "Scale"): open clocks are a small share found by
 * state; deliveries come from the covering index {@code ix_sla_clock_stopped} as a histogram (day, net working
 * days in tenths, breached, warned) that Java folds into periods and percentiles, so no row is sorted.
 */
@Repository
public class SlaFigures {

    /** One bar of the histogram: deliveries of one day with the same net time, breach and warning. */
    public record Bar(LocalDate day, int netDayTenths, boolean breached, boolean warned, long count) {
    }

    private static final java.time.format.DateTimeFormatter LITERAL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final NamedParameterJdbcTemplate jdbc;

    SlaFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SlaSummary.Open open(String office, Instant now, Instant dayStart, Instant dayEnd) {
        MapSqlParameterSource p = new MapSqlParameterSource("now", ts(now)).addValue("dayStart", ts(dayStart))
                .addValue("dayEnd", ts(dayEnd)).addValue("office", office);
        String sql = """
                select count(*) as open_count,
                  sum(case when clock_state = 'PAUSED' then 1 else 0 end) as paused,
                  sum(case when breached or (clock_state = 'RUNNING' and due_at <= :now) then 1 else 0 end) as over,
                  sum(case when not breached and clock_state = 'RUNNING' and due_at > :now and risk_at <= :now
                      then 1 else 0 end) as at_risk,
                  sum(case when not breached and clock_state = 'RUNNING' and due_at > :now
                      and (risk_at is null or risk_at > :now) then 1 else 0 end) as on_track,
                  sum(case when clock_state = 'RUNNING' and due_at >= :dayStart and due_at < :dayEnd
                      then 1 else 0 end) as due_today,
                  sum(case when warned_at is not null then 1 else 0 end) as warned
                from sla_clock where clock_state in ('RUNNING', 'PAUSED')""" + officeFilter(office);
        return jdbc.queryForObject(sql, p, (rs, i) -> new SlaSummary.Open(rs.getLong("open_count"),
                rs.getLong("on_track"), rs.getLong("at_risk"), rs.getLong("over"), rs.getLong("paused"),
                rs.getLong("due_today"), rs.getLong("warned")));
    }

    /**
     * Deliveries stopped in [start, end) by month (the first day of the month, in a zone {@code offsetHours} east
     * of UTC; Indonesia has no daylight saving): a bar per month, net time, breach and warning.
     */
    public List<Bar> deliveriesByMonth(String office, Instant start, Instant end, int offsetHours) {
        String month = "cast(date_trunc('month', stopped_at + interval '" + offsetHours + "' hour) as date)";
        return histogram(month, office, start, end, null);
    }

    /**
     * Deliveries stopped in [start, end) as two bars per value: {@code day} is {@code recentFrom}'s date for those
     * stopped since {@code recentFrom}, else {@code start}'s, so the last 30 and 90 days take one scan.
     */
    public List<Bar> deliveriesSince(String office, Instant start, Instant end, Instant recentFrom,
                                     LocalDate startDay, LocalDate recentDay) {
        // A literal, not a bound parameter: PostgreSQL groups only by an expression it sees twice as the same.
        String bucket = "case when stopped_at >= timestamp '" + LocalDateTime.ofInstant(recentFrom, ZoneOffset.UTC)
                .format(LITERAL) + "' then 1 else 0 end";
        return histogram(bucket, office, start, end, recentFrom).stream().map(b -> new Bar(
                b.day().getYear() == 1 ? recentDay : startDay, b.netDayTenths(), b.breached(), b.warned(),
                b.count())).toList();
    }

    private List<Bar> histogram(String bucket, String office, Instant start, Instant end, Instant recent) {
        String sql = "select " + bucket + " as b, net_day_tenths, breached, "
                + "case when warned_at is null then 0 else 1 end as warned, count(*) as n "
                + "from sla_clock where stopped_at >= :start and stopped_at < :end and cancelled = false"
                + officeFilter(office) + " group by " + bucket + ", net_day_tenths, breached, "
                + "case when warned_at is null then 0 else 1 end";
        MapSqlParameterSource p = new MapSqlParameterSource("start", ts(start)).addValue("end", ts(end))
                .addValue("office", office);
        return jdbc.query(sql, p, (rs, i) -> new Bar(recent == null ? rs.getObject("b", LocalDate.class)
                : LocalDate.of(rs.getInt("b") == 1 ? 1 : 2, 1, 1), rs.getInt("net_day_tenths"),
                rs.getBoolean("breached"), rs.getInt("warned") == 1, rs.getLong("n")));
    }

    /** Open clocks at risk ({@code breached} false) or breached, soonest due first; engine facts left empty. */
    public List<SlaRequestRow> openRows(String office, boolean breached, Instant now, int limit) {
        String where = breached
                ? "clock_state in ('RUNNING', 'PAUSED') and (breached or (clock_state = 'RUNNING' and due_at <= :now))"
                : "clock_state = 'RUNNING' and not breached and due_at > :now and risk_at <= :now";
        String sql = "select request_number, office_code, clock_state, started_at, due_at, breached from sla_clock"
                + " where " + where + officeFilter(office) + " order by due_at, request_number"
                + " fetch first " + limit + " rows only";
        MapSqlParameterSource p = new MapSqlParameterSource("now", ts(now)).addValue("office", office);
        return jdbc.query(sql, p, (rs, i) -> new SlaRequestRow(rs.getString("request_number"),
                rs.getString("office_code"), ClockState.valueOf(rs.getString("clock_state")),
                instant(rs.getObject("started_at", LocalDateTime.class)),
                instant(rs.getObject("due_at", LocalDateTime.class)), rs.getBoolean("breached"), null, List.of()));
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static String officeFilter(String office) {
        return office == null ? "" : " and office_code = :office";
    }

    private static Timestamp ts(Instant instant) {
        // The columns hold UTC wall time (hibernate.jdbc.time_zone UTC): write the same, whatever the JVM's zone.
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
