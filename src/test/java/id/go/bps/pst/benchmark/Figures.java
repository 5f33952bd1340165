package id.go.bps.pst.benchmark;

import java.util.Arrays;
import java.util.Map;

/** What one measured phase gives: complete sales per second over its wall time, and each sale's latency. */
record Figures(String name, int sales, long wallNanos, long[] latencyNanos, Map<String, Double> stepMillis) {

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

    String line() {
        return String.format("%-12s %5d sales in %6.1f s: %7.2f sales/s, p50 %7.1f ms, p99 %7.1f ms", name, sales,
                wallNanos / 1e9, salesPerSecond(), p50Millis(), p99Millis());
    }
}
