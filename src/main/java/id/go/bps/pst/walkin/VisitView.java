package id.go.bps.pst.walkin;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A visit as the officer API and the dashboard show it. {@code waitSeconds}: from arrival to the call;
 * {@code standardMissed}: the visitor was not called within the office's standard after the previous number finished.
 */
public record VisitView(long id, String code, String officeCode, LocalDate serviceDay, Integer queueNumber,
                        VisitStatus status, Instant arrivedAt, Instant calledAt, String desk, Long waitSeconds,
                        int standardMinutes, boolean standardMissed, Instant finishedAt, Long customerId,
                        String requestNumber, Integer rating) {

    /** The number as the screens show it: three digits, e.g. {@code 007}; empty without queue numbers. */
    public String ticket() {
        return queueNumber == null ? "" : String.format("%03d", queueNumber);
    }
}
