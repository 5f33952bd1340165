package id.go.bps.pst.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Plays sales with a fixed number of client threads that take the next sale as soon as their last one ended (no
 * think time). Every sale is checked to have ended; a failed sale stops the run. A {@link Tally} adds up the
 * batches of one driver, so two drivers can take turns and share whatever else the machine is doing.
 */
final class LoadRun {

    private final int threads;

    LoadRun(int threads) {
        this.threads = threads;
    }

    void warmUp(SaleDriver driver, int count) {
        play(driver, count, new StepTimes(), new long[count]);
    }

    /** Plays one measured batch into the tally; answers the batch's sales per second. */
    double measure(SaleDriver driver, int count, Tally tally) {
        long[] latencies = new long[count];
        long start = System.nanoTime();
        play(driver, count, tally.steps, latencies);
        long wall = System.nanoTime() - start;
        tally.add(wall, latencies);
        return count / (wall / 1e9);
    }

    /** The measured batches of one driver. */
    static final class Tally {

        private final StepTimes steps = new StepTimes();
        private long wallNanos;
        private long[] latencies = new long[0];

        private synchronized void add(long wall, long[] more) {
            wallNanos += wall;
            long[] all = Arrays.copyOf(latencies, latencies.length + more.length);
            System.arraycopy(more, 0, all, latencies.length, more.length);
            latencies = all;
        }

        synchronized Figures figures(String name) {
            return new Figures(name, latencies.length, wallNanos, latencies.clone(),
                    steps.perSale(latencies.length));
        }
    }

    private void play(SaleDriver driver, int count, StepTimes steps, long[] latencies) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> notEnded = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(pool.submit(() -> {
                    driver.onClientThread();
                    for (int i = next.getAndIncrement(); i < count && notEnded.get() == null;
                         i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        String key = driver.play(steps.lap());
                        latencies[i] = System.nanoTime() - begin;
                        if (!driver.ended(key)) {
                            notEnded.compareAndSet(null, key);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(driver.name() + ": a sale failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (notEnded.get() != null) {
            throw new IllegalStateException(driver.name() + ": sale " + notEnded.get() + " did not end as rated");
        }
    }
}
