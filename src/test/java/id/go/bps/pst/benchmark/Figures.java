package id.go.bps.pst.benchmark;

import java.util.Arrays;
import java.util.Map;

/** The measured batches of one driver: complete sales per second over their wall time, each sale's latency. */
record Figures(String name, int sales, long wallNanos, long[] latencyNanos, Map<String, double[]> stepMillis) {

    double salesPerSecond() {
        return sales / (wallNanos / 1e9);
    }

    double p50Millis() {
        return percentile(50);
    }

    double p99Millis() {
        return percentile(99);
    }

    /** Nearest rank: the smallest latency that at least {@code p} percent of the sales do not exceed. */
    double percentile(int p) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    /** The client threads' own CPU time per sale, all steps. */
    double cpuMillisPerSale() {
        return stepMillis.values().stream().mapToDouble(times -> times[1]).sum();
    }

    String line() {
        return String.format("%-12s %5d sales in %6.1f s: %7.2f sales/s, p50 %7.1f ms, p99 %7.1f ms "
                        + "(client CPU %.1f ms per sale)", name, sales, wallNanos / 1e9, salesPerSecond(), p50Millis(),
                p99Millis(), cpuMillisPerSale());
    }
}
