package id.go.bps.pst.request;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.tariff.QuoteItem;
import id.go.bps.pst.tariff.QuoteRequest;

/**
 * A customer's cart to become a request. The segment and abroad come from the customer's account, not from here.
 *
 * @param officeCode     the office that will serve it (its PST desk)
 * @param abstractFields the data-use abstract, typed; optional here: a microdata or map request is submitted with
 *                       these fields or with the abstract uploaded as a document (ABSTRACT)
 */
public record NewSaleRequest(
        @NotBlank(message = "{pst.request.office.required}")
        @Pattern(regexp = "\\d{4}", message = "{pst.request.office.format}") String officeCode,
        @NotNull(message = "{pst.tariff.purpose.required}") Purpose purpose,
        @NotEmpty(message = "{pst.tariff.items.required}")
        @Size(max = QuoteRequest.MAX_ITEMS, message = "{pst.tariff.items.tooMany}")
        List<@NotNull(message = "{pst.tariff.item.required}") @Valid QuoteItem> items,
        @Valid AbstractFields abstractFields) {

    /** A cart without a typed abstract (the desk, which checks the abstract on paper; the upload path). */
    public NewSaleRequest(String officeCode, Purpose purpose, List<QuoteItem> items) {
        this(officeCode, purpose, items, null);
    }
}
