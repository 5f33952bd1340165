package id.go.bps.pst.walkin.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.request.RequestDetail;
import id.go.bps.pst.walkin.Desk;

/**
 * Serves {@code ServiceTask_OpenDeskRequest}: the request recorded at the desk becomes a sale in the request ledger;
 * writes the variables the offer, payment and SPPD steps read, as the online sale's start does.
 */
@Component
class OpenDeskRequestDelegate implements JavaDelegate {

    private final Desk desk;

    OpenDeskRequestDelegate(Desk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RequestDetail request = desk.openRequest(VisitVariables.visitId(execution));
        execution.setVariable("requestNumber", request.number());
        execution.setVariable("needsAgreement", request.needsAgreement());
        execution.setVariable("zeroRupiah", request.zeroRupiah());
        execution.setVariable("totalAmount", request.totalAmount());
    }
}
