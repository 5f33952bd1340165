package id.go.bps.pst.notification.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.go.bps.pst.notification.Notice;
import id.go.bps.pst.notification.Notifications;

/** Serves every {@code SendTask_Notify*}: queues the notice named by the task's local input {@code notice}. */
@Component("notifyDelegate")
public class NotifyDelegate implements JavaDelegate {

    private final Notifications notifications;

    public NotifyDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Notice notice = notice(execution);
        // getVariable reads a local input first, so a send task may word its own reason.
        Map<String, Object> params = new HashMap<>();
        for (String param : notice.params()) {
            Object value = execution.getVariable(param);
            if (value != null) {
                params.put(param, value);
            }
        }
        notifications.send(notice, (String) execution.getVariable("requestNumber"),
                (String) execution.getVariable("officeCode"), params);
    }

    /** A wrong name is a modelling error: it fails the step (an incident when async), naming the element. */
    private static Notice notice(DelegateExecution execution) {
        Object name = execution.getVariableLocal("notice");
        try {
            return Notice.named(name == null ? null : name.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(execution.getCurrentActivityId() + ": " + e.getMessage(), e);
        }
    }
}
