package id.go.bps.pst.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The SLA dashboard's figures for one office, or for all ({@code office} null): the open requests now, and the
 * deliveries of the last 30 and 90 days and of each month from {@code from} to {@code to} (dates in the office's
 * zone, WIB for all offices).
 */
public record SlaSummary(String office, Instant asOf, LocalDate from, LocalDate to, Open open, Period last30Days,
                         Period last90Days, List<Period> months) {

    /**
     * Open requests (clock running or paused). {@code breached}: over budget (running past the due date, or marked
     * for good), paused ones included; {@code atRisk}: running, not breached, less than the warning share left;
     * {@code onTrack}: the other running ones; {@code paused}: waiting on the customer; {@code dueToday}: running
     * and due before the end of today; {@code warned}: a warning was sent.
     */
    public record Open(long open, long onTrack, long atRisk, long breached, long paused, long dueToday, long warned) {
    }

    /**
     * Requests delivered in a period (cancelled ones are not deliveries). {@code compliance}: share delivered
     * within the SLA (null without deliveries); net working days in tenths of the office's working day, median and
     * 90th percentile by nearest rank; {@code warnings} and {@code breaches} among those deliveries.
     */
    public record Period(String label, LocalDate from, LocalDate to, long delivered, long withinSla, Double compliance,
                         Double medianNetWorkingDays, Double p90NetWorkingDays, long warnings, long breaches) {
    }
}
