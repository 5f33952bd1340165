package id.go.bps.pst;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PstSalesApplicationIT {

    @Autowired
    ProcessEngine engine;

    @Test
    void engineStartsOnTheLiquibaseSchema() {
        assertThat(engine.getName()).isEqualTo("default");
        assertThat(engine.getManagementService().getTableCount()).containsKey("ACT_RU_EXECUTION");
    }
}
