package id.go.bps.pst.benchmark;

/**
 * Plays N whole online microdata sales through the application's own services, and the same models on a bare
 * engine whose beans do nothing, with the same client threads, and prints both throughputs, their ratio against the
 * target of issue 3 (the application's own work costs no more than the engine's: ratio at least 0.5) and where the
 * application's time goes. The two take turns in rounds, so a load that comes and goes on the machine falls on both.
 * The warm-up is long (100 sales by default) because most application methods run once or twice per sale, so the
 * JIT compiles them much later than the engine's, which run dozens of times per sale.
 * A measurement, not a test: it exits 0 whatever the ratio, and 1 only when a sale fails or cannot be played.
 * Run it with {@code ./mvnw -B -q -Pbenchmark verify} (README, Benchmark).
 */
public final class SaleBenchmark {

    private SaleBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(BenchSettings.fromSystem());
            System.exit(0);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(BenchSettings settings) {
        System.out.printf("%nBenchmark: %d online microdata sales each (after %d warm-up), %d client threads, %s, "
                        + "%d cores, %d rounds%n", settings.sales(), settings.warmUp(), settings.threads(),
                settings.db(), Runtime.getRuntime().availableProcessors(), settings.rounds());
        LoadRun load = new LoadRun(settings.threads());
        DelegateTimes timing = new DelegateTimes();
        LoadRun.Tally application = new LoadRun.Tally();
        LoadRun.Tally engineOnly = new LoadRun.Tally();
        try (ApplicationSales app = new ApplicationSales(settings, timing);
             EngineOnlySales engine = new EngineOnlySales(settings, app.engineSettings())) {
            System.out.println("engine settings of both: " + app.engineSettings().line());
            load.warmUp(app, settings.warmUp());
            load.warmUp(engine, settings.warmUp());
            timing.reset();
            for (int round = 0; round < settings.rounds(); round++) {
                int count = settings.sales() / settings.rounds()
                        + (round < settings.sales() % settings.rounds() ? 1 : 0);
                double appRate = load.measure(app, count, application);
                double engineRate = load.measure(engine, count, engineOnly);
                System.out.printf("round %d: %d sales each, application %.2f sales/s, engine-only %.2f sales/s, "
                        + "ratio %.2f%n", round + 1, count, appRate, engineRate, appRate / engineRate);
            }
        }
        Report.print(settings, application.figures("application"), engineOnly.figures("engine-only"),
                timing.perSale(settings.sales()));
    }
}
