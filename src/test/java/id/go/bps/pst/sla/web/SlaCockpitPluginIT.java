package id.go.bps.pst.sla.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.bps.pst.platform.Http;

/**
 * The Cockpit plugin is served by the application, and the dashboard's data is readable with the Cockpit session
 * (over real HTTP: the webapps are not Spring MVC, MockMvc cannot reach them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SlaCockpitPluginIT {

    @LocalServerPort
    int port;
    @Value("${pst.staff.demo-password}")
    String demoPassword;

    /**
     * Cockpit keeps its runtime delegate in a static field that a stopping application clears (its servlet context
     * listener's tear-down): {@code RestartIT} starts and stops applications of its own in this JVM, after which the
     * shared test application's Cockpit would answer 500. A real server runs one application, so only tests need this.
     */
    @BeforeEach
    void cockpitOfTheSharedApplication() {
        if (Cockpit.getRuntimeDelegate() == null) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        }
    }

    @Test
    void pluginScript_isServedAsAModuleWithBothPluginPoints() throws Exception {
        HttpResponse<String> script = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                uri("/camunda/api/cockpit/plugin/pst-sla/static/app/plugin.js")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .contains("javascript"));
        assertThat(script.body()).contains("export default", "cockpit.dashboard",
                "cockpit.processInstance.runtime.tab", "/api/sla");
        // Cockpit asks every plugin for app/plugin.css; a missing one is a JSON 404 the browser refuses as a style.
        HttpResponse<String> style = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                uri("/camunda/api/cockpit/plugin/pst-sla/static/app/plugin.css")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .contains("text/css"));
        assertThat(style.body()).contains(".pst-sla-card");
    }

    @Test
    void cockpitSession_readsTheSlaSummary_withoutAnotherLogin() {
        Http browser = Http.to(port).withCookies();
        assertThat(browser.get("/api/sla/summary").statusCode()).isEqualTo(401);

        browser.get("/camunda/app/cockpit/default/");
        HttpResponse<String> login = browser.post("/camunda/api/admin/auth/user/default/login/cockpit",
                "application/x-www-form-urlencoded", "username=koordinator1906&password=" + demoPassword,
                "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

        HttpResponse<String> summary = browser.get("/api/sla/summary");
        assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
        assertThat(summary.body()).contains("\"office\":\"1906\"", "\"last30Days\"");
        // Reading must leave Cockpit's session as it is: a new session id would make Cockpit's own calls, still
        // carrying the old one, fail with 401 and log the user out.
        assertThat(summary.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
