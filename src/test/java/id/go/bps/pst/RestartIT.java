package id.go.bps.pst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default profile on an H2 file database, started twice: data survives the restart and the demo data is not
 * loaded twice. Runs its own application (engine named apart from the shared test context's "default").
 */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void secondStart_keepsTheDataAndDuplicatesNoDemoData() {
        Map<String, Long> first = startCountAndStop();
        Map<String, Long> second = startCountAndStop();

        assertThat(first.get("users")).isPositive();
        assertThat(first.get("holidays")).isPositive();
        assertThat(first.get("marker")).isEqualTo(0L);
        assertThat(second).containsAllEntriesOf(Map.of(
                "users", first.get("users"), "groups", first.get("groups"),
                "grants", first.get("grants"), "holidays", first.get("holidays"),
                "offices", first.get("offices"), "products", first.get("products")));
        assertThat(second.get("marker")).as("the user added before the restart is still there").isEqualTo(1L);
    }

    private Map<String, Long> startCountAndStop() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PstSalesApplication.class).run(
                "--spring.profiles.active=default",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("pst-sales")
                        + ";NON_KEYWORDS=VALUE,YEAR,MONTH,DAY",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--server.port=0", "--camunda.bpm.process-engine-name=restart",
                "--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false",
                // The webapps keep static state (their engine lookup): a second copy would take over the shared
                // test context's Tasklist, which the browser tests use, and leave it pointing at a closed app.
                "--camunda.bpm.webapp.enabled=false")) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            long marker = engine.getIdentityService().createUserQuery().userId("restartmarker").count();
            Map<String, Long> counts = Map.of(
                    // the marker user and the grant Camunda gives it on creation are not demo data
                    "users", engine.getIdentityService().createUserQuery().count() - marker,
                    "groups", engine.getIdentityService().createGroupQuery().count(),
                    "grants", engine.getAuthorizationService().createAuthorizationQuery().count()
                            - engine.getAuthorizationService().createAuthorizationQuery().userIdIn("restartmarker").count(),
                    "holidays", count(jdbc, "holiday"),
                    "offices", count(jdbc, "office"),
                    "products", count(jdbc, "catalog_product"),
                    "marker", marker);
            if (marker == 0) {
                var user = engine.getIdentityService().newUser("restartmarker");
                user.setPassword("x-" + System.nanoTime());
                engine.getIdentityService().saveUser(user);
            }
            return counts;
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return n == null ? 0 : n;
    }
}
