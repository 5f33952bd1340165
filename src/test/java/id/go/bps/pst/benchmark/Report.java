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
        System.out.printf("%nms per sale by step (a step includes its jobs; cpu = the client thread's own CPU time)"
                + "%n%-18s %10s %10s %10s %10s%n", "step", "app wall", "app cpu", "engine wall", "engine cpu");
        double[] totals = new double[4];
        for (Map.Entry<String, double[]> step : application.stepMillis().entrySet()) {
            double[] engine = engineOnly.stepMillis().getOrDefault(step.getKey(), new double[2]);
            double[] row = {step.getValue()[0], step.getValue()[1], engine[0], engine[1]};
            for (int i = 0; i < row.length; i++) {
                totals[i] += row[i];
            }
            System.out.printf("%-18s %10.2f %10.2f %10.2f %10.2f%n", step.getKey(), row[0], row[1], row[2], row[3]);
        }
        System.out.printf("%-18s %10.2f %10.2f %10.2f %10.2f%n", "total", totals[0], totals[1], totals[2],
                totals[3]);
    }

    private static void calls(Figures application, List<Map.Entry<String, double[]>> delegates) {
        double perSale = application.stepMillis().values().stream().mapToDouble(times -> times[0]).sum();
        double inCode = delegates.stream().mapToDouble(e -> e.getValue()[1]).sum();
        double inCodeCpu = delegates.stream().mapToDouble(e -> e.getValue()[2]).sum();
        System.out.printf("%napplication code the engine calls: %.2f ms per sale (%.0f%% of the sale), CPU %.2f ms; "
                + "costliest:%n", inCode, 100 * inCode / perSale, inCodeCpu);
        delegates.stream().limit(TOP).forEach(e -> System.out.printf("  %-58s %5.1f calls %8.2f ms %8.2f ms cpu%n",
                e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
    }
}
