package id.go.bps.pst.benchmark;

import java.util.List;
import java.util.Map;

/** Prints the figures, the steps side by side, the costliest application calls, the ratio and its verdict. */
final class Report {

    private static final int TOP = 12;

    private Report() {
    }

    static void print(BenchSettings settings, Figures application, Figures engineOnly,
                      List<Map.Entry<String, double[]>> delegates) {
        System.out.println();
        System.out.println(application.line());
        System.out.println(engineOnly.line());
        steps(application, engineOnly);
        calls(application, delegates);
        double ratio = application.salesPerSecond() / engineOnly.salesPerSecond();
        System.out.printf("%nratio (application / engine-only sales/s) on %s with %d threads: %.2f%n",
                settings.db(), settings.threads(), ratio);
        System.out.printf("%s: ratio %.2f %s target %.2f%n", ratio >= settings.target() ? "PASS" : "FAIL", ratio,
                ratio >= settings.target() ? ">=" : "<", settings.target());
    }

    private static void steps(Figures application, Figures engineOnly) {
        System.out.printf("%nms per sale by step (a step includes its jobs)%n%-18s %12s %12s%n", "step",
                application.name(), engineOnly.name());
        double appTotal = 0;
        double engineTotal = 0;
        for (Map.Entry<String, Double> step : application.stepMillis().entrySet()) {
            double engine = engineOnly.stepMillis().getOrDefault(step.getKey(), 0.0);
            appTotal += step.getValue();
            engineTotal += engine;
            System.out.printf("%-18s %12.2f %12.2f%n", step.getKey(), step.getValue(), engine);
        }
        System.out.printf("%-18s %12.2f %12.2f%n", "total", appTotal, engineTotal);
    }

    private static void calls(Figures application, List<Map.Entry<String, double[]>> delegates) {
        double perSale = application.stepMillis().values().stream().mapToDouble(Double::doubleValue).sum();
        double inCode = delegates.stream().mapToDouble(e -> e.getValue()[1]).sum();
        System.out.printf("%napplication code the engine calls: %.2f ms per sale (%.0f%% of the sale); costliest:%n",
                inCode, 100 * inCode / perSale);
        delegates.stream().limit(TOP).forEach(e -> System.out.printf("  %-52s %5.1f calls %8.2f ms%n", e.getKey(),
                e.getValue()[0], e.getValue()[1]));
    }
}
