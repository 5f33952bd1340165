package id.go.bps.pst.office.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Asserts that a call answers the platform's problem JSON with a status, a code and both texts. */
public final class ProblemExpectations {

    private ProblemExpectations() {
    }

    public static void expectProblem(MockMvc mvc, RequestBuilder request, HttpStatus status, String code)
            throws Exception {
        mvc.perform(request)
                .andExpect(status().is(status.value()))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.message.id").isNotEmpty())
                .andExpect(jsonPath("$.message.en").isNotEmpty());
    }
}
