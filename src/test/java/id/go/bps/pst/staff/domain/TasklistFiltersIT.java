package id.go.bps.pst.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The officers' Tasklist filters exist once, whatever the number of starts. What they show to whom is tested in
 * the browser (CustomerPortalBrowserIT: the office filter for the officer, the payments filter for the treasurer).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TasklistFiltersIT {

    @Autowired
    FilterService filters;
    @Autowired
    TaskService tasks;

    @Test
    void filters_areCreatedOnce_evenWhenTheStartRunsAgain() {
        new TasklistFilters(filters, tasks).run(null);

        for (TasklistFilters.Definition definition : TasklistFilters.definitions()) {
            assertThat(filters.createFilterQuery().filterName(definition.name()).count())
                    .as(definition.name()).isEqualTo(1);
        }
        assertThat(filters.createFilterQuery().filterName("Semua tugas").count()).isEqualTo(1);
    }

    @Test
    void paymentsToVerify_isTheTreasurersTransferCheck_inTheirOwnOffice() {
        Filter payments = filters.createFilterQuery().filterName(TasklistFilters.PAYMENTS_TO_VERIFY).singleResult();
        TaskQueryImpl query = payments.getQuery();

        assertThat(query.getKey()).isEqualTo("UserTask_VerifyTransfer");
        assertThat(query.getExpressions()).containsEntry("taskCandidateGroupIn", "${currentUserGroups()}");
        assertThat((Integer) payments.getProperties().get("priority")).isLessThan(0);
    }
}
