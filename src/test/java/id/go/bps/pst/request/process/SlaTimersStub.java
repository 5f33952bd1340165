package id.go.bps.pst.request.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for {@code slaTimers} when the models are tested on their own: a sale starts before its clock, so both
 * timers start at "never", as the real bean answers; a test moves them with {@link SlaTimers#move}, as the real bean
 * does after every change of the clock. Public, because the expression language calls it.
 */
public final class SlaTimersStub {

    public Date warningDue(DelegateExecution execution) {
        return SlaTimers.NEVER;
    }

    public Date breachDue(DelegateExecution execution) {
        return SlaTimers.NEVER;
    }
}
