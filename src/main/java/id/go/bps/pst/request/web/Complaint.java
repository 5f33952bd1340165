package id.go.bps.pst.request.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A complaint about the service of a request (pengaduan). */
record Complaint(@NotBlank(message = "{pst.request.complaint.required}")
                 @Size(max = 2000, message = "{pst.request.reason.tooLong}") String text) {
}
