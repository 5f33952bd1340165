package id.go.bps.pst.walkin.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import id.go.bps.pst.walkin.Desk;

/**
 * Serves the timer of {@code BoundaryEvent_ServiceStandardDue}: {@code ${walkInDeadlines.serviceStandardCheck(execution)}},
 * evaluated each time the visitor starts waiting again. Public: the expression language calls it.
 */
@Component
public class WalkInDeadlines {

    private final Desk desk;

    WalkInDeadlines(Desk desk) {
        this.desk = desk;
    }

    public Date serviceStandardCheck(DelegateExecution execution) {
        return Date.from(desk.serviceStandardCheckAt(VisitVariables.visitId(execution)));
    }
}
