package id.go.bps.pst.staff.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The officers' Tasklist filters, created at every start when missing (by name, so a second start, or a filter an
 * administrator changed, is left alone). Expressions are evaluated for whoever opens the filter: "my office" is the
 * candidate groups of the signed-in officer ({@code officer-3300}, {@code treasurer-3300}...). Every staff group may
 * read every filter (StaffGrants).
 */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

    static final String MY_TASKS = "Tugas saya";
    static final String OFFICE_OPEN = "Tugas terbuka kantor saya";
    static final String DUE_SOON = "Segera jatuh tempo (2 hari)";
    static final String PAYMENTS_TO_VERIFY = "Pembayaran untuk diverifikasi";
    /** The task the treasurer verifies a transfer proof in (payment.bpmn). */
    static final String VERIFY_TRANSFER = "UserTask_VerifyTransfer";

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    /** A filter: its name, list position and colour, and the query it runs. */
    record Definition(String name, int priority, String color, String description,
                      Function<TaskQuery, TaskQuery> query) {
    }

    static List<Definition> definitions() {
        return List.of(
                new Definition(MY_TASKS, -10, "#0b4f8a", "Tugas yang sudah saya ambil",
                        q -> q.taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()),
                new Definition(OFFICE_OPEN, -9, "#2e7d32", "Tugas kantor saya yang belum selesai, diambil atau belum",
                        q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                                .orderByTaskCreateTime().asc()),
                new Definition(DUE_SOON, -8, "#c62828", "Tugas kantor saya yang jatuh tempo dalam 2 hari",
                        q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                                .dueBeforeExpression("${dateTime().plusDays(2).toDate()}").orderByDueDate().asc()),
                new Definition(PAYMENTS_TO_VERIFY, -7, "#f2a900", "Bukti transfer pelanggan luar negeri untuk bendahara",
                        q -> q.taskDefinitionKey(VERIFY_TRANSFER)
                                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                                .orderByTaskCreateTime().asc()));
    }

    @Override
    public void run(ApplicationArguments args) {
        definitions().forEach(this::ensure);
    }

    void ensure(Definition definition) {
        if (filters.createFilterQuery().filterName(definition.name()).count() > 0) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", definition.priority());
        properties.put("color", definition.color());
        properties.put("description", definition.description());
        properties.put("refresh", true);
        properties.put("variables", List.of(
                Map.of("name", "requestNumber", "label", "Nomor permintaan"),
                Map.of("name", "officeCode", "label", "Kantor"),
                Map.of("name", "totalAmount", "label", "Total (Rp)")));
        Filter filter = filters.newTaskFilter(definition.name())
                .setQuery(definition.query().apply(tasks.createTaskQuery()))
                .setProperties(properties);
        filters.saveFilter(filter);
    }
}
