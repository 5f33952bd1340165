package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import id.go.bps.pst.sla.SlaClocks;
import id.go.bps.pst.staff.StaffDirectory;
import id.go.bps.pst.staff.StaffRole;

/**
 * Serves the {@code complete} listener of {@code UserTask_HandleSlaBreach}: the supervisor's reason is kept on the
 * clock, and with {@code REASSIGN} the request's open officer tasks go to the named officer of the same office.
 * A refusal is a {@code BadUserRequestException}: Tasklist shows its text, the REST API answers 400.
 */
@Component
class HandleSlaBreachListener implements TaskListener {

    static final String REASSIGN = "REASSIGN";

    private final SlaClocks clocks;
    private final StaffDirectory staff;

    HandleSlaBreachListener(SlaClocks clocks, StaffDirectory staff) {
        this.clocks = clocks;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        String reason = (String) task.getVariable("slaBreachReason");
        if (reason == null || reason.isBlank()) {
            throw new BadUserRequestException("Tulis alasan keterlambatan. / Give the reason for the delay.");
        }
        String requestNumber = task.getExecution().getProcessBusinessKey();
        if (REASSIGN.equals(task.getVariable("slaBreachAction"))) {
            reassign(task, requestNumber, (String) task.getVariable("slaReassignTo"));
        }
        clocks.recordBreachReason(requestNumber, reason.strip());
    }

    private void reassign(DelegateTask task, String requestNumber, String user) {
        String group = staff.candidateGroup((String) task.getVariable("officeCode"), StaffRole.OFFICER);
        var engine = task.getProcessEngineServices();
        if (user == null || engine.getIdentityService().createUserQuery().userId(user.strip()).memberOfGroup(group)
                .count() == 0) {
            throw new BadUserRequestException("Petugas '" + user + "' bukan anggota " + group + ". / '" + user
                    + "' is not a member of " + group + ".");
        }
        for (Task open : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(requestNumber)
                .taskCandidateGroup(group).includeAssignedTasks().list()) {
            engine.getTaskService().setAssignee(open.getId(), user.strip());
        }
    }
}
