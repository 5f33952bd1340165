package id.go.bps.pst.platform;

import org.springframework.http.HttpStatus;

/**
 * A business error that reaches a person: an HTTP status, a stable machine code and a message in Indonesian and
 * English. The web layer renders it as an RFC 9457 problem ({@code ApiErrorHandler}); never a 500.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Message text;

    public ApiProblem(HttpStatus status, String code, Message text) {
        super(code + ": " + text.en());
        this.status = status;
        this.code = code;
        this.text = text;
    }

    public static ApiProblem notFound(String code, String id, String en) {
        return new ApiProblem(HttpStatus.NOT_FOUND, code, Message.of(id, en));
    }

    public static ApiProblem badRequest(String code, String id, String en) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, Message.of(id, en));
    }

    public static ApiProblem conflict(String code, String id, String en) {
        return new ApiProblem(HttpStatus.CONFLICT, code, Message.of(id, en));
    }

    public static ApiProblem unprocessable(String code, String id, String en) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, code, Message.of(id, en));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Message text() {
        return text;
    }
}
