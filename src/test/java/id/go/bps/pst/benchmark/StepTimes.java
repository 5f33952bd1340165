package id.go.bps.pst.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Wall time per step of a sale (a step includes the jobs it leaves behind), summed over the measured sales. */
final class StepTimes {

    private final Map<String, LongAdder> nanos = Collections.synchronizedMap(new LinkedHashMap<>());

    Lap lap() {
        return new Lap();
    }

    /** Milliseconds per sale of each step, in the order the steps first happened. */
    Map<String, Double> perSale(int sales) {
        Map<String, Double> result = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((step, sum) -> result.put(step, sum.sum() / 1e6 / sales));
        }
        return result;
    }

    List<String> steps() {
        synchronized (nanos) {
            return new ArrayList<>(nanos.keySet());
        }
    }

    /** One sale's stopwatch: each {@link #step} ends the step that began at the previous one. */
    final class Lap {

        private long last = System.nanoTime();

        void step(String name) {
            long now = System.nanoTime();
            nanos.computeIfAbsent(name, key -> new LongAdder()).add(now - last);
            last = now;
        }
    }
}
