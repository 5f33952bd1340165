package id.go.bps.pst.request.domain;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Request numbers per office and year without gaps from lost races: {@code PST-3300-2026-000123}. The counter row is
 * locked by the increment until the request's transaction commits, so two requests never share a number; a new
 * office-year row is created in its own transaction, since a failed insert would abort PostgreSQL's transaction.
 */
@Component
class RequestNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;

    RequestNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String officeCode, int year) {
        if (increment(officeCode, year) == 0) {
            separate.executeWithoutResult(status -> createCounter(officeCode, year));
            increment(officeCode, year);
        }
        Long value = jdbc.queryForObject(
                "select issued_count from request_counter where office_code = ? and counter_year = ?",
                Long.class, officeCode, year);
        return format(officeCode, year, value == null ? 0 : value);
    }

    static String format(String officeCode, int year, long value) {
        return String.format("PST-%s-%d-%06d", officeCode, year, value);
    }

    private int increment(String officeCode, int year) {
        return jdbc.update("update request_counter set issued_count = issued_count + 1"
                + " where office_code = ? and counter_year = ?", officeCode, year);
    }

    private void createCounter(String officeCode, int year) {
        try {
            jdbc.update("insert into request_counter (office_code, counter_year, issued_count) values (?, ?, 0)",
                    officeCode, year);
        } catch (DuplicateKeyException createdMeanwhile) {
            // Another request created the row first: the increment that follows uses it.
        }
    }
}
