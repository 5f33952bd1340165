package id.go.bps.pst.walkin.domain;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the next queue number of an office's day. One counter row per office and day, incremented with a single
 * {@code UPDATE ... SET last_number = last_number + 1}: the row lock serialises concurrent takers on PostgreSQL and
 * H2 alike, and the number read back in the same transaction is the taker's own. The day's row is created first in
 * a transaction of its own, so two first takers racing on the insert cannot abort the caller's transaction (a
 * failed statement does so on PostgreSQL); the loser of that race simply finds the row.
 */
@Component
public class QueueCounter {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    QueueCounter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String officeCode, LocalDate day) {
        Date date = Date.valueOf(day);
        if (increment(officeCode, date) == 0) {
            createRow(officeCode, date);
            if (increment(officeCode, date) == 0) {
                throw new IllegalStateException("No queue counter for " + officeCode + " on " + day);
            }
        }
        Integer number = jdbc.queryForObject(
                "select last_number from walkin_queue_counter where office_code = ? and service_day = ?",
                Integer.class, officeCode, date);
        return number == null ? 0 : number;
    }

    private int increment(String officeCode, Date date) {
        return jdbc.update("update walkin_queue_counter set last_number = last_number + 1 "
                + "where office_code = ? and service_day = ?", officeCode, date);
    }

    private void createRow(String officeCode, Date date) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into walkin_queue_counter (office_code, service_day, last_number) values (?, ?, 0)",
                    officeCode, date));
        } catch (DataIntegrityViolationException raced) {
            // another taker created the day's row first: use it
        }
    }
}
