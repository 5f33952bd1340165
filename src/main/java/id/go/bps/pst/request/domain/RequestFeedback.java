package id.go.bps.pst.request.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer's rating (1–5, with feedback) or complaint about a request's service. */
@Entity
@Table(name = "request_feedback")
public class RequestFeedback {

    public enum Kind { RATING, COMPLAINT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id")
    private long requestId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Integer rating;
    @Column(name = "feedback_text")
    private String text;
    @Column(name = "created_at")
    private Instant createdAt;

    protected RequestFeedback() {
    }

    private RequestFeedback(long requestId, Kind kind, Integer rating, String text, Instant now) {
        this.requestId = requestId;
        this.kind = kind;
        this.rating = rating;
        this.text = text;
        this.createdAt = now;
    }

    public static RequestFeedback rating(SaleRequest request, int rating, String feedback, Instant now) {
        return new RequestFeedback(request.id(), Kind.RATING, rating, feedback, now);
    }

    public static RequestFeedback complaint(SaleRequest request, String text, Instant now) {
        return new RequestFeedback(request.id(), Kind.COMPLAINT, null, text, now);
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Integer ratingValue() {
        return rating;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
