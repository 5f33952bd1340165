package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.bps.pst.sla.SlaClocks;

/**
 * Puts every open clock's escalation timers and task due dates back where the clock says they belong. {@link
 * SlaTimers} moves them right after each clock change, in a transaction of its own after the clock's commit: a crash
 * in between, or a failure it logged, would leave a timer on an old date. This run repairs that: shortly after every
 * start and then every hour ({@link SlaTimerSchedule}). A timer that still fires too early escalates nothing:
 * the clock confirms every warning and breach ({@code Gateway_SlaWarningDue}, {@code Gateway_SlaBreachDue}).
 */
@Component
public class SlaTimerReconciler {

    private static final Logger log = LoggerFactory.getLogger(SlaTimerReconciler.class);

    private final SlaClocks clocks;
    private final ProcessEngine engine;
    private final TransactionTemplate ownTransaction;

    SlaTimerReconciler(SlaClocks clocks, ProcessEngine engine, PlatformTransactionManager transactions) {
        this.clocks = clocks;
        this.engine = engine;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Every open clock, one transaction each (a failing request is logged and the rest go on); how many were set. */
    public int reconcile() {
        int done = 0;
        int failed = 0;
        for (String number : clocks.openRequestNumbers()) {
            try {
                ownTransaction.executeWithoutResult(status -> clocks.dueDates(number)
                        .ifPresent(dates -> SlaTimers.move(engine, dates)));
                done++;
            } catch (RuntimeException e) {
                failed++;
                log.warn("SLA timers of {} not reconciled; the next run tries again", number, e);
            }
        }
        log.info("SLA timers reconciled for {} open clocks ({} failed)", done, failed);
        return done;
    }
}
