package id.go.bps.pst.portal.web;

import org.springframework.validation.Errors;

/** What the customer types on a transaction's page (kept whole when the page is shown again with a message). */
public class ActionForm {

    static final int MAX_TEXT = 2000;

    private String reason;
    private Integer rating;
    private String feedback;
    private String complaint;

    void requireReason(Errors errors) {
        text(errors, "reason", reason, true);
    }

    void requireRating(Errors errors) {
        if (rating == null || rating < 1 || rating > 5) {
            errors.rejectValue("rating", "portal.rating.range");
        }
        text(errors, "feedback", feedback, false);
    }

    void requireComplaint(Errors errors) {
        text(errors, "complaint", complaint, true);
    }

    private static void text(Errors errors, String field, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            errors.rejectValue(field, "portal.required");
        } else if (value != null && value.length() > MAX_TEXT) {
            errors.rejectValue(field, "portal.text.tooLong");
        }
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String feedback) { this.feedback = feedback; }
    public String getComplaint() { return complaint; }
    public void setComplaint(String complaint) { this.complaint = complaint; }
}
