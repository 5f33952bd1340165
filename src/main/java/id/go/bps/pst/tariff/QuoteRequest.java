package id.go.bps.pst.tariff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A cart to price for a customer.
 *
 * @param abroad true for a customer outside Indonesia (no NPWP; pays by bank transfer); null means false
 * @param date   the day whose tariff applies; null means today in Asia/Jakarta
 */
public record QuoteRequest(
        @NotNull(message = "{pst.tariff.segment.required}") CustomerSegment segment,
        @NotNull(message = "{pst.tariff.purpose.required}") Purpose purpose,
        Boolean abroad,
        LocalDate date,
        @NotEmpty(message = "{pst.tariff.items.required}")
        @Size(max = QuoteRequest.MAX_ITEMS, message = "{pst.tariff.items.tooMany}")
        List<@NotNull(message = "{pst.tariff.item.required}") @Valid QuoteItem> items) {

    /** A cart larger than this is not a service-desk sale; it also bounds the work one public call can cause. */
    public static final int MAX_ITEMS = 50;

    public boolean isAbroad() {
        return Boolean.TRUE.equals(abroad);
    }
}
