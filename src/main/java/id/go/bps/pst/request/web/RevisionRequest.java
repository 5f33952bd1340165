package id.go.bps.pst.request.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the customer found wrong in the delivered product. */
record RevisionRequest(@NotBlank(message = "{pst.request.reason.required}")
                       @Size(max = 2000, message = "{pst.request.reason.tooLong}") String reason) {
}
