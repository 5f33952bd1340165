package id.go.bps.pst.benchmark;

import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.delegate.ExpressionGetInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;

/**
 * Where the application's time goes inside the engine, without a profiler: an engine plugin whose delegate
 * interceptor times every call the engine makes into application code (delegates, execution and task listeners,
 * expressions that reach a bean), labelled by the class it calls (or the expression) and summed.
 */
final class DelegateTimes extends AbstractProcessEnginePlugin {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final Map<String, LongAdder[]> totals = new ConcurrentHashMap<>();
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DelegateInterceptor real = configuration.getDelegateInterceptor() != null
                ? configuration.getDelegateInterceptor() : new DefaultDelegateInterceptor();
        configuration.setDelegateInterceptor(invocation -> timed(real, invocation));
    }

    void reset() {
        totals.clear();
    }

    /** The label, its calls, wall and CPU milliseconds per sale, costliest first. */
    List<Map.Entry<String, double[]>> perSale(int sales) {
        return totals.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new double[] {e.getValue()[0].sum() / (double) sales,
                        e.getValue()[1].sum() / 1e6 / sales, e.getValue()[2].sum() / 1e6 / sales}))
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[1]).reversed())
                .toList();
    }

    private void timed(DelegateInterceptor real, DelegateInvocation invocation) throws Exception {
        int[] level = depth.get();
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        level[0]++;
        try {
            real.handleInvocation(invocation);
        } finally {
            long wall = System.nanoTime() - start;
            long cpuUsed = THREADS.getCurrentThreadCpuTime() - cpu;
            level[0]--;
            // only the outermost call counts, so a delegate that calls back into the engine is not counted twice
            if (level[0] == 0) {
                LongAdder[] sums = totals.computeIfAbsent(label(invocation),
                        key -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()});
                sums[0].increment();
                sums[1].add(wall);
                sums[2].add(cpuUsed);
            }
        }
    }

    private static String label(DelegateInvocation invocation) {
        if (invocation instanceof ExpressionGetInvocation) {
            String expression = String.valueOf(field(invocation, "valueExpression"));
            return "expression " + expression.replaceAll(".*\\$\\{", "\\${").replaceAll("}.*", "}");
        }
        Object target = field(invocation, null);
        String activity = invocation.getContextExecution() instanceof DelegateExecution execution
                ? execution.getCurrentActivityId() : "";
        String kind = invocation.getClass().getSimpleName().replace("Invocation", "");
        String what = target == null ? kind : target.getClass().getSimpleName().replaceAll("\\$\\$.*", "");
        return what.startsWith("NotifyDelegate") ? what + " @" + activity : what;
    }

    /** The invocation's target: its field named {@code name}, or else the first field whose name ends in Instance. */
    private static Object field(Object invocation, String name) {
        for (Class<?> type = invocation.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (name == null ? field.getName().endsWith("Instance") : field.getName().equals(name)) {
                    try {
                        field.setAccessible(true);
                        return field.get(invocation);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
