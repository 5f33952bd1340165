package id.go.bps.pst.request.process;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for the request module's {@code saleDeadlines} bean: the deadlines are fixed offsets from the engine
 * clock, so a test knows exactly when each timer falls due. Public, because the expression language calls it.
 */
public final class SaleDeadlinesStub {

    static final Duration MISSING_DOCUMENT = Duration.ofDays(5);
    static final Duration REVISION_WINDOW = Duration.ofDays(3);

    public Date missingDocumentDue(DelegateExecution execution) {
        return fromNow(MISSING_DOCUMENT);
    }

    public Date revisionWindowEnds(DelegateExecution execution) {
        return fromNow(REVISION_WINDOW);
    }

    static Date fromNow(Duration duration) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration));
    }
}
