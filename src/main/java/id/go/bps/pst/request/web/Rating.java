package id.go.bps.pst.request.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The customer's rating of the service, 1 (poor) to 5 (excellent), with optional feedback. */
record Rating(@NotNull(message = "{pst.request.rating.range}") @Min(value = 1, message = "{pst.request.rating.range}")
              @Max(value = 5, message = "{pst.request.rating.range}") Integer rating,
              @Size(max = 2000, message = "{pst.request.reason.tooLong}") String feedback) {
}
