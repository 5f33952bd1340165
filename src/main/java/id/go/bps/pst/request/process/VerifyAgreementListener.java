package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.go.bps.pst.platform.Message;
import id.go.bps.pst.request.domain.AgreementCheck;

/**
 * Serves the {@code complete} listener of {@code UserTask_VerifyAgreement}: the form checks in the browser, this
 * checks again on the server (a completion through the REST API skips the form), and refuses an acceptance that
 * breaks the SPPD rules; a rejection needs a reason.
 * A refusal is a {@code BadUserRequestException}: Tasklist shows its text, the REST API answers 400, not 500.
 */
@Component
class VerifyAgreementListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Message problem = Boolean.TRUE.equals(task.getVariable("agreementAccepted"))
                ? AgreementCheck.problemWithAcceptance((Number) task.getVariable("agreementCopies"),
                        (String) task.getVariable("meteraiType"), (String) task.getVariable("eMeteraiSerial"))
                : reasonMissing(task.getVariable("decisionReason"));
        if (problem != null) {
            throw new BadUserRequestException(problem.id() + " / " + problem.en());
        }
    }

    private static Message reasonMissing(Object reason) {
        return reason == null || reason.toString().isBlank()
                ? Message.of("Tulis alasan penolakan SPPD.", "Give the reason the SPPD is rejected.") : null;
    }
}
