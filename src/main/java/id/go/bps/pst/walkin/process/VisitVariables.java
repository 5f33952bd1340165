package id.go.bps.pst.walkin.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The process variables of walk-in.bpmn the module's delegates read. */
final class VisitVariables {

    static final String VISIT_ID = "visitId";

    private VisitVariables() {
    }

    static long visitId(VariableScope scope) {
        Object value = scope.getVariable(VISIT_ID);
        if (value instanceof Number id) {
            return id.longValue();
        }
        throw new IllegalStateException("Process variable '" + VISIT_ID + "' is missing");
    }
}
