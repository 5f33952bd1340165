package id.go.bps.pst.walkin.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.walkin.VisitStatus;
import id.go.bps.pst.walkin.VisitView;

/**
 * One visit to an office's PST desk: its queue number of the day (none where the office greets visitors without
 * numbers), the wait until it was called, the guest (a customer account), the request opened for it, the rating.
 */
@Entity
@Table(name = "walkin_visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "office_code")
    private String officeCode;
    @Column(name = "service_day")
    private LocalDate serviceDay;
    @Column(name = "queue_number")
    private Integer queueNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "visit_status")
    private VisitStatus status;
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "arrived_at")
    private Instant arrivedAt;
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "called_at")
    private Instant calledAt;
    private String desk;
    @Column(name = "wait_seconds")
    private Long waitSeconds;
    @Column(name = "standard_minutes")
    private int standardMinutes;
    @Column(name = "standard_missed")
    private boolean standardMissed;
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "customer_id")
    private Long customerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "visit_purpose")
    private Purpose purpose;
    @Column(name = "cart_json")
    private String cartJson;
    @Column(name = "request_number")
    private String requestNumber;
    private Integer rating;
    private String feedback;
    private String complaint;
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "rated_at")
    private Instant ratedAt;
    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Visit() {
    }

    private Visit(String officeCode, LocalDate day, Integer number, Instant now, int standardMinutes) {
        this.officeCode = officeCode;
        this.serviceDay = day;
        this.queueNumber = number;
        this.arrivedAt = now;
        this.standardMinutes = standardMinutes;
        this.status = VisitStatus.WAITING;
    }

    /** A visitor took a queue number (kiosk or officer). */
    public static Visit queued(String officeCode, LocalDate day, int number, Instant now, int standardMinutes) {
        return new Visit(officeCode, day, number, now, standardMinutes);
    }

    /** A visitor greeted at once by an officer, where the office has no queue numbers (seed 003 step 2). */
    public static Visit greeted(String officeCode, LocalDate day, Instant now, int standardMinutes, String desk) {
        Visit visit = new Visit(officeCode, day, null, now, standardMinutes);
        visit.call(desk, now);
        return visit;
    }

    /** Called to a desk: the wait since arrival is kept for the dashboard. */
    public void call(String atDesk, Instant now) {
        this.status = VisitStatus.SERVING;
        this.desk = atDesk;
        this.calledAt = now;
        this.waitSeconds = Duration.between(arrivedAt, now).toSeconds();
    }

    public void markStandardMissed() {
        this.standardMissed = true;
    }

    public void recordGuest(long customer, Purpose visitPurpose) {
        this.customerId = customer;
        this.purpose = visitPurpose;
    }

    public void recordCart(String json) {
        this.cartJson = json;
    }

    public void openedRequest(String number) {
        this.requestNumber = number;
    }

    public void redirectToConsultation(Instant now) {
        this.status = VisitStatus.CONSULTATION;
        finish(now);
    }

    /** Served: the desk is free, and the next number's service standard counts from now. */
    public void finish(Instant now) {
        if (finishedAt == null) {
            finishedAt = now;
        }
        if (status == VisitStatus.SERVING || status == VisitStatus.WAITING) {
            status = VisitStatus.DONE;
        }
    }

    public void rate(int stars, String text, String complaintText, Instant now) {
        this.rating = stars;
        this.feedback = text;
        this.complaint = complaintText;
        this.ratedAt = now;
    }

    public boolean isRated() {
        return ratedAt != null;
    }

    public boolean isServing() {
        return status == VisitStatus.SERVING;
    }

    public boolean isWaiting() {
        return status == VisitStatus.WAITING;
    }

    /** The process instance's business key. */
    public String code() {
        return code(id);
    }

    public static String code(long visitId) {
        return "KUNJUNGAN-" + visitId;
    }

    public Long id() {
        return id;
    }

    public String officeCode() {
        return officeCode;
    }

    public LocalDate serviceDay() {
        return serviceDay;
    }

    public Integer queueNumber() {
        return queueNumber;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Long customerId() {
        return customerId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public String cartJson() {
        return cartJson;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public int standardMinutes() {
        return standardMinutes;
    }

    public VisitView view() {
        return new VisitView(id, code(), officeCode, serviceDay, queueNumber, status, arrivedAt, calledAt, desk,
                waitSeconds, standardMinutes, standardMissed, finishedAt, customerId, requestNumber, rating);
    }
}
