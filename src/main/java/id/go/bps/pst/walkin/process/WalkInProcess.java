package id.go.bps.pst.walkin.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The walk-in module's door to the engine: starts a visit's process and sends it what happens at the desk. The
 * business key is the visit code; the payment and SPPD processes it calls carry the request number instead, as in
 * the online sale, so the billing gateway's notification finds them the same way.
 */
@Component
public class WalkInProcess {

    private final RuntimeService runtime;

    WalkInProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void start(String visitCode, Map<String, Object> variables) {
        runtime.startProcessInstanceByKey(WalkInProcessIds.PROCESS, visitCode, variables);
    }

    public boolean waitsFor(String visitCode, String message) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(visitCode)
                .messageEventSubscriptionName(message).count() > 0;
    }

    /** Sends a message; false when the visit's process does not wait for it now (looked up first, see SaleProcess). */
    public boolean send(String visitCode, String message, Map<String, Object> variables) {
        if (!waitsFor(visitCode, message)) {
            return false;
        }
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(visitCode).setVariables(variables)
                .correlateWithResult();
        return true;
    }
}
