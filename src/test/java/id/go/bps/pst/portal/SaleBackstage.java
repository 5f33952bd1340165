package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the browser tests need from behind the scenes: the job executor is off in tests, so they run a sale's due
 * jobs themselves; the outbox holds the mails a person would read; and Tasklist is opened at a sale's open task.
 */
public record SaleBackstage(RuntimeService runtime, ManagementService management, TaskService tasks, JdbcTemplate jdbc) {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S*token=\\S+)");

    /** Every due job of the sale's instances (main and called), until none is left. */
    public void runJobs(String number) {
        runDueJobs(runtime, management, number);
    }

    /**
     * The job executor is off in tests: every due job of the instances with this business key (main and called),
     * run in the caller's thread until none is left, as the executor would.
     */
    public static void runDueJobs(RuntimeService runtime, ManagementService management, String businessKey) {
        for (int round = 0; round < 50; round++) {
            List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .list().stream().map(ProcessInstance::getId).toList();
            List<Job> due = instances.stream().flatMap(id -> management.createJobQuery().processInstanceId(id)
                    .executable().list().stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming for " + businessKey);
    }

    /** The open task of this step of the sale (the one an officer would find in their Tasklist filter). */
    public String openTask(String number, String taskKey) {
        runJobs(number);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey + " is open for " + number).isNotNull();
        return task.getId();
    }

    /** Completes an officer's task as Tasklist would, where the test is about the customer's side. */
    void completeAsOfficer(String number, String taskKey, java.util.Map<String, Object> variables) {
        tasks.complete(openTask(number, taskKey), variables);
        runJobs(number);
    }

    /** The path and query of the last one-time link mailed to this address with this notice (from the outbox). */
    String mailedLink(String email, String notice) {
        List<String> bodies = jdbc.queryForList("select body_text from notification_outbox where recipient_email = ?"
                + " and notice = ? order by id desc", String.class, email, notice);
        assertThat(bodies).as(notice + " mailed to " + email).isNotEmpty();
        Matcher link = LINK.matcher(bodies.get(0));
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }
}
