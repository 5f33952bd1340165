package id.go.bps.pst.tariff.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import id.go.bps.pst.platform.Message;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A quote body Jackson cannot read (an unknown segment or purpose, a word where a number belongs, broken JSON) is
 * the customer's mistake: a bilingual 400 naming the field and, for a choice, the allowed values. Same problem shape
 * as {@code ApiProblem}: {@code code} and {@code message: {id, en}}.
 */
@RestControllerAdvice(assignableTypes = QuoteController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableQuoteHandler {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return unknownValue(invalid);
        }
        String field = exception.getCause() instanceof JsonMappingException mapping ? path(mapping) : "";
        String where = field.isEmpty() ? "" : " (" + field + ")";
        return problem("tariff.unreadableRequest", Message.of(
                "Isi permintaan tidak dapat dibaca" + where + ": periksa format JSON, angka, dan tanggal (YYYY-MM-DD).",
                "The request body cannot be read" + where + ": check the JSON, numbers and dates (YYYY-MM-DD)."));
    }

    private static ProblemDetail unknownValue(InvalidFormatException invalid) {
        String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        String field = path(invalid);
        return problem("tariff.unknownValue", Message.of(
                "Nilai untuk '" + field + "' tidak dikenal. Pilihan: " + allowed + ".",
                "Unknown value for '" + field + "'. Allowed: " + allowed + "."));
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ProblemDetail problem(String code, Message message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message.en());
        problem.setProperty("code", code);
        problem.setProperty("message", message);
        return problem;
    }
}
