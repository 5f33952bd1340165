package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every process test of the sale models shares: an in-memory engine of its own per test class with the real
 * models and forms deployed ({@link SaleEngine}), the doubles registered and the engine clock on Monday morning
 * before each test, and every instance deleted and the clock reset after it.
 */
@ExtendWith(SaleProcessTest.Lifecycle.class)
abstract class SaleProcessTest {

    protected final SaleDoubles doubles = new SaleDoubles();
    protected ProcessEngine engine;

    static final class Lifecycle implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
            AfterAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(Lifecycle.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            ProcessEngine engine = SaleEngine.build(context.getRequiredTestClass());
            SaleEngine.deployModelsAndForms(engine);
            context.getStore(NAMESPACE).put(ProcessEngine.class, engine);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            SaleProcessTest test = (SaleProcessTest) context.getRequiredTestInstance();
            test.engine = engine(context);
            SaleEngine.beforeEach(test.engine, test.doubles);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            SaleEngine.afterEach(engine(context));
        }

        @Override
        public void afterAll(ExtensionContext context) {
            engine(context).close();
        }

        private static ProcessEngine engine(ExtensionContext context) {
            return context.getStore(NAMESPACE).get(ProcessEngine.class, ProcessEngine.class);
        }
    }
}
