package id.go.bps.pst.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security baseline of the foundation issue, through real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SecurityBaselineIT {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;
    @Value("${pst.staff.admin-id}")
    String adminId;
    @Value("${pst.staff.admin-password}")
    String adminPassword;
    @Value("${pst.staff.demo-password}")
    String demoPassword;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;

    Http http;

    @BeforeEach
    void client() {
        http = Http.to(port);
    }

    @AfterEach
    void clearEngineAuthentication() {
        identityService.clearAuthentication();
    }

    @Test
    void engineRest_withoutCredentials_answers401() {
        assertThat(http.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/user").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/engine").statusCode()).isEqualTo(401);
    }

    @Test
    void engineRest_createUserWithoutCredentials_createsNobody() {
        HttpResponse<String> response = http.post("/engine-rest/user/create", JSON, newUserJson("intruder1"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(identityService.createUserQuery().userId("intruder1").count()).isZero();
    }

    @Test
    void engineRest_wrongPassword_answers401() {
        // Not the admin: Camunda locks an account for a while after a failed login (brute-force protection),
        // which would fail the other tests that log in as admin.
        assertThat(http.get("/engine-rest/user", Http.basic("bendahara7571", "wrong-" + demoPassword)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void engineRest_admin_isAuthenticatedAgainstCamundaIdentity() {
        HttpResponse<String> response = http.get("/engine-rest/user?id=" + adminId, Http.basic(adminId, adminPassword));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":\"" + adminId + "\"");
    }

    @Test
    void engineRest_officerCreatingUser_isRefusedByCamundaAuthorization() {
        HttpResponse<String> response = http.post("/engine-rest/user/create", JSON, newUserJson("intruder2"),
                Http.basic("petugas3300", demoPassword));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("intruder2").count()).isZero();
    }

    @Test
    void engineRest_officerSeesTheTasklistFilter_andTheSaleDefinitions() {
        HttpResponse<String> filters = http.get("/engine-rest/filter", Http.basic("petugas3300", demoPassword));
        HttpResponse<String> definitions = http.get("/engine-rest/process-definition?key=OnlineSaleProcess",
                Http.basic("petugas3300", demoPassword));

        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).contains("\"name\":\"Semua tugas\"");
        assertThat(definitions.body()).contains("\"key\":\"OnlineSaleProcess\"");
    }

    @Test
    void engineRest_deploymentCreate_isClosedEvenForAdmin() {
        HttpResponse<String> response = http.post("/engine-rest/deployment/create", "multipart/form-data; boundary=x",
                "--x--", Http.basic(adminId, adminPassword));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void engine_deploymentOnBehalfOfAUser_isRefused() {
        identityService.setAuthentication(adminId, java.util.List.of("camunda-admin"));

        assertThatThrownBy(() -> repositoryService.createDeployment().name("runtime")
                .addString("x.bpmn", "<definitions/>").deploy())
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("models come only from the build");
    }

    @Test
    void webapps_tasklistOpens_andOfficerCanLogIn() {
        assertThat(http.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

        Http browser = http.withCookies();
        browser.get("/camunda/app/tasklist/default/");
        HttpResponse<String> login = browser.post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=petugas3300&password=" + demoPassword,
                "X-XSRF-TOKEN", csrfToken(browser));
        assertThat(login.statusCode()).isEqualTo(200);
    }

    @Test
    void webapps_officerIsNotLetIntoCockpit_supervisorIs() {
        Http officer = http.withCookies();
        officer.get("/camunda/app/cockpit/default/");
        assertThat(officer.post("/camunda/api/admin/auth/user/default/login/cockpit",
                "application/x-www-form-urlencoded", "username=petugas3300&password=" + demoPassword,
                "X-XSRF-TOKEN", csrfToken(officer)).statusCode()).isEqualTo(403);

        Http supervisor = http.withCookies();
        supervisor.get("/camunda/app/cockpit/default/");
        assertThat(supervisor.post("/camunda/api/admin/auth/user/default/login/cockpit",
                "application/x-www-form-urlencoded", "username=koordinator3300&password=" + demoPassword,
                "X-XSRF-TOKEN", csrfToken(supervisor)).statusCode()).isEqualTo(200);
    }

    @Test
    void webapps_adminLogsIntoTheAdminApp_officerDoesNot() {
        Http admin = http.withCookies();
        admin.get("/camunda/app/admin/default/");
        assertThat(admin.post("/camunda/api/admin/auth/user/default/login/admin",
                "application/x-www-form-urlencoded", "username=" + adminId + "&password=" + adminPassword,
                "X-XSRF-TOKEN", csrfToken(admin)).statusCode()).isEqualTo(200);

        Http officer = http.withCookies();
        officer.get("/camunda/app/admin/default/");
        assertThat(officer.post("/camunda/api/admin/auth/user/default/login/admin",
                "application/x-www-form-urlencoded", "username=petugas3300&password=" + demoPassword,
                "X-XSRF-TOKEN", csrfToken(officer)).statusCode()).isEqualTo(403);
    }

    @Test
    void webappsEngineApi_deploymentCreate_isClosed() {
        assertThat(http.post("/camunda/api/engine/engine/default/deployment/create",
                "multipart/form-data; boundary=x", "--x--").statusCode()).isEqualTo(403);
    }

    @Test
    void homePage_isPublic_withSecurityHeaders() {
        HttpResponse<String> home = http.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Penjualan Produk Statistik BPS");
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).isPresent();
    }

    @Test
    void openApiDescription_isPublic_andDescribesTheCustomerApi() {
        HttpResponse<String> docs = http.get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", "/api/requests/{number}/offer-review", "/api/quotes");
        assertThat(docs.body()).doesNotContain("/engine-rest");
    }

    @Test
    void adminApi_needsAnAdmin_andSaysSoInBothLanguages() {
        HttpResponse<String> anonymous = http.get("/api/admin/holidays");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"code\":\"auth.required\"", "Silakan masuk", "Please sign in");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Basic"));
        HttpResponse<String> officer = http.get("/api/admin/holidays", Http.basic("petugas3300", demoPassword));
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(officer.body()).contains("\"code\":\"auth.forbidden\"");
        assertThat(http.get("/api/admin/holidays?year=2026", Http.basic(adminId, adminPassword)).statusCode())
                .isEqualTo(200);
    }

    /** Camunda's webapps want the XSRF-TOKEN cookie echoed in a header. */
    private static String csrfToken(Http browser) {
        return browser.cookie("XSRF-TOKEN");
    }

    private static String newUserJson(String id) {
        return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"X\",\"lastName\":\"Y\",\"email\":\"x@example.org\"},"
                + "\"credentials\":{\"password\":\"s3cret-Password\"}}";
    }
}
