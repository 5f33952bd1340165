package id.go.bps.pst.platform;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders every error of the application API as an RFC 9457 problem with a stable {@code code} and a
 * {@code message} in Indonesian and English; field errors are listed under {@code errors}. Unexpected failures are
 * logged and answered with a generic 500 that leaks nothing.
 */
@RestControllerAdvice(basePackages = "id.go.bps.pst")
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        return problem(e.status(), e.code(), e.text(), List.of());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(this::fieldError).toList();
        return problem(HttpStatus.BAD_REQUEST, "validation", INVALID_INPUT, errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(ConstraintViolationException e) {
        List<Map<String, Object>> errors = e.getConstraintViolations().stream()
                .map(v -> fieldEntry(leafName(v.getPropertyPath().toString()), BilingualViolations.of(v))).toList();
        return problem(HttpStatus.BAD_REQUEST, "validation", INVALID_INPUT, errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidMethodArguments(HandlerMethodValidationException e) {
        List<Map<String, Object>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> fieldEntry(
                        r.getMethodParameter().getParameterName(),
                        parameterMessage(r, err))))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "validation", INVALID_INPUT, errors);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        String name = e.getParameterName();
        return problem(HttpStatus.BAD_REQUEST, "parameter.missing", Message.of(
                "Parameter '" + name + "' wajib diisi.", "Parameter '" + name + "' is required."), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        String name = e.getName();
        String value = String.valueOf(e.getValue());
        return problem(HttpStatus.BAD_REQUEST, "parameter.invalid", Message.of(
                "Nilai '" + value + "' tidak sah untuk parameter '" + name + "'" + expected(e.getRequiredType(), true),
                "Value '" + value + "' is not valid for parameter '" + name + "'" + expected(e.getRequiredType(), false)),
                List.of());
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(
            org.springframework.web.multipart.support.MissingServletRequestPartException e) {
        String name = e.getRequestPartName();
        return problem(HttpStatus.BAD_REQUEST, "parameter.missing", Message.of(
                "Bagian '" + name + "' wajib dikirim.", "Part '" + name + "' is required."), List.of());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "upload.too-large", Message.of(
                "Berkas terlalu besar.", "The file is too large."), List.of());
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(org.springframework.web.multipart.MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "upload.unreadable", Message.of(
                "Unggahan harus multipart/form-data dengan bagian 'type' dan 'file'.",
                "An upload must be multipart/form-data with the parts 'type' and 'file'."), List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "body.unreadable", Message.of(
                "Isi permintaan bukan JSON yang sah atau berisi nilai yang tidak dikenal. " + rootHint(e),
                "The request body is not valid JSON or holds a value that is not recognised. " + rootHint(e)),
                List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> badMethod(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method.not-allowed", Message.of(
                "Metode " + e.getMethod() + " tidak didukung di alamat ini.",
                "Method " + e.getMethod() + " is not supported here."), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> badMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type.unsupported", Message.of(
                "Kirim isi permintaan sebagai application/json.", "Send the request body as application/json."),
                List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", Message.of(
                "Alamat tidak ditemukan.", "No such address."), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error answering an API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", Message.of(
                "Terjadi kesalahan pada sistem. Silakan coba lagi atau hubungi petugas PST.",
                "Something went wrong on our side. Please try again or contact the PST desk."), List.of());
    }

    private static final Message INVALID_INPUT = Message.of(
            "Beberapa isian tidak sah; lihat daftar kesalahan per isian.",
            "Some fields are not valid; see the list of errors per field.");

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, Message text,
                                                  List<Map<String, Object>> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, text.en());
        body.setProperty("code", code);
        body.setProperty("message", text);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(body);
    }

    private Map<String, Object> fieldError(FieldError error) {
        ConstraintViolation<?> violation = error.contains(ConstraintViolation.class)
                ? error.unwrap(ConstraintViolation.class) : null;
        Message text = violation != null ? BilingualViolations.of(violation)
                : Message.of(String.valueOf(error.getDefaultMessage()), String.valueOf(error.getDefaultMessage()));
        return fieldEntry(error.getField(), text);
    }

    private static Message parameterMessage(org.springframework.validation.method.ParameterValidationResult result,
                                            org.springframework.context.MessageSourceResolvable error) {
        try {
            return BilingualViolations.of(result.unwrap(error, ConstraintViolation.class));
        } catch (IllegalArgumentException notAViolation) {
            String text = String.valueOf(error.getDefaultMessage());
            return Message.of(text, text);
        }
    }

    private static Map<String, Object> fieldEntry(String field, Message text) {
        return Map.of("field", field, "message", text);
    }

    private static String leafName(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String expected(Class<?> type, boolean indonesian) {
        if (type == null) {
            return ".";
        }
        if (type == java.time.LocalDate.class) {
            return indonesian ? "; gunakan format tanggal YYYY-MM-DD." : "; use the date format YYYY-MM-DD.";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return indonesian ? "; isi dengan bilangan bulat." : "; enter a whole number.";
        }
        if (type.isEnum()) {
            String values = java.util.Arrays.toString(type.getEnumConstants());
            return (indonesian ? "; pilihan yang sah: " : "; valid choices: ") + values;
        }
        return ".";
    }

    private static String rootHint(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException ife) {
            String field = ife.getPath().isEmpty() ? "?" : ife.getPath().get(ife.getPath().size() - 1).getFieldName();
            Class<?> target = ife.getTargetType();
            String choices = target != null && target.isEnum() ? " " + java.util.Arrays.toString(target.getEnumConstants()) : "";
            return "(" + field + ": '" + ife.getValue() + "'" + choices + ")";
        }
        return "";
    }
}
