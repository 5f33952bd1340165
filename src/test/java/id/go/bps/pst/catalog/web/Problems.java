package id.go.bps.pst.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.go.bps.pst.platform.ApiProblem;
import jakarta.servlet.ServletException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Reads the problem an API call answers: status, code and both texts. Until the platform's ApiProblem handler is
 * merged, an ApiProblem leaves MockMvc as an exception; then the same facts are read from the exception, so the tests
 * check the same thing before and after the handler lands.
 */
record Problems(int status, String code, String indonesian, String english) {

    static Problems of(MockMvc mvc, RequestBuilder request) throws Exception {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String body = response.getContentAsString();
            return new Problems(response.getStatus(), JsonPath.read(body, "$.code"),
                    JsonPath.read(body, "$.message.id"), JsonPath.read(body, "$.message.en"));
        } catch (ServletException e) {
            if (e.getCause() instanceof ApiProblem problem) {
                return new Problems(problem.status().value(), problem.code(), problem.text().id(), problem.text().en());
            }
            throw e;
        }
    }

    /** Asserts the status and code, and that the message is there in Indonesian and in English. */
    Problems is(int expectedStatus, String expectedCode) {
        assertThat(status).isEqualTo(expectedStatus);
        assertThat(code).isEqualTo(expectedCode);
        assertThat(indonesian).isNotBlank().isNotEqualTo(english);
        assertThat(english).isNotBlank();
        return this;
    }
}
