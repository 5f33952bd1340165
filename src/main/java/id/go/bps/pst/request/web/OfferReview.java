package id.go.bps.pst.request.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The customer's answer to an offer: accept it, or ask for a correction and say what. */
record OfferReview(@NotNull(message = "{pst.request.review.choice}") Boolean accepted,
                   @Size(max = 2000, message = "{pst.request.reason.tooLong}") String reason) {

    @AssertTrue(message = "{pst.request.reason.required}")
    boolean isReasonGivenForACorrection() {
        return !Boolean.FALSE.equals(accepted) || (reason != null && !reason.isBlank());
    }

    Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("offerAccepted", accepted);
        variables.put("decisionReason", reason);
        return variables;
    }
}
