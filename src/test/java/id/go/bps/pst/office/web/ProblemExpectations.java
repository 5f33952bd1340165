package id.go.bps.pst.office.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletException;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import id.go.bps.pst.platform.ApiProblem;

/**
 * Asserts that a call ends in an {@link ApiProblem} with a status, a code and both texts. With the platform's problem
 * handler in place this is the rendered problem JSON; without it the problem escapes MockMvc, and the thrown
 * problem is checked instead, so these tests hold before and after the handler is merged.
 */
public final class ProblemExpectations {

    private ProblemExpectations() {
    }

    public static void expectProblem(MockMvc mvc, RequestBuilder request, HttpStatus status, String code)
            throws Exception {
        try {
            mvc.perform(request)
                    .andExpect(status().is(status.value()))
                    .andExpect(jsonPath("$.code").value(code))
                    .andExpect(jsonPath("$.message.id").isNotEmpty())
                    .andExpect(jsonPath("$.message.en").isNotEmpty());
        } catch (ServletException escaped) {
            assertThat(escaped.getCause()).isInstanceOfSatisfying(ApiProblem.class, problem -> {
                assertThat(problem.status()).isEqualTo(status);
                assertThat(problem.code()).isEqualTo(code);
                assertThat(problem.text().id()).isNotBlank();
                assertThat(problem.text().en()).isNotBlank().isNotEqualTo(problem.text().id());
            });
        }
    }
}
