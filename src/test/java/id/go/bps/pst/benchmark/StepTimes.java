package id.go.bps.pst.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time and the client thread's own CPU time per step of a sale (a step includes the jobs it leaves behind),
 * summed over the measured sales. CPU time leaves out waiting (database, disk, the other processes of a busy
 * machine), so it shows the work a step does in this JVM even when the wall clock is noisy.
 */
final class StepTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, LongAdder[]> nanos = Collections.synchronizedMap(new LinkedHashMap<>());

    Lap lap() {
        return new Lap();
    }

    /** Per step, in the order the steps first happened: wall and CPU milliseconds per sale. */
    Map<String, double[]> perSale(int sales) {
        Map<String, double[]> result = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((step, sums) -> result.put(step,
                    new double[] {sums[0].sum() / 1e6 / sales, sums[1].sum() / 1e6 / sales}));
        }
        return result;
    }

    /** One sale's stopwatch: each {@link #step} ends the step that began at the previous one. */
    final class Lap {

        private long wall = System.nanoTime();
        private long cpu = THREADS.getCurrentThreadCpuTime();

        void step(String name) {
            long wallNow = System.nanoTime();
            long cpuNow = THREADS.getCurrentThreadCpuTime();
            LongAdder[] sums = nanos.computeIfAbsent(name, key -> new LongAdder[] {new LongAdder(), new LongAdder()});
            sums[0].add(wallNow - wall);
            sums[1].add(cpuNow - cpu);
            wall = wallNow;
            cpu = cpuNow;
        }
    }
}
