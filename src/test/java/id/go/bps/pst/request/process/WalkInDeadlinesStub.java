package id.go.bps.pst.request.process;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the walk-in module's {@code walkInDeadlines}: the service standard is checked 10 minutes on. */
public final class WalkInDeadlinesStub {

    static final Duration STANDARD = Duration.ofMinutes(10);

    public Date serviceStandardCheck(DelegateExecution execution) {
        return SaleDeadlinesStub.fromNow(STANDARD);
    }
}
