package id.go.bps.pst.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Reads the problem an API call answers (ApiErrorHandler's format): status, code and both texts. */
public record Problems(int status, String code, String indonesian, String english) {

    public static Problems of(MockMvc mvc, RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString();
        return new Problems(response.getStatus(), JsonPath.read(body, "$.code"),
                JsonPath.read(body, "$.message.id"), JsonPath.read(body, "$.message.en"));
    }

    /** Asserts the status and code, and that the message is there in Indonesian and in English. */
    public Problems is(int expectedStatus, String expectedCode) {
        assertThat(status).isEqualTo(expectedStatus);
        assertThat(code).isEqualTo(expectedCode);
        assertThat(indonesian).isNotBlank().isNotEqualTo(english);
        assertThat(english).isNotBlank();
        return this;
    }
}
