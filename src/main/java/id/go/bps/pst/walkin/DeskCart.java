package id.go.bps.pst.walkin;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.tariff.QuoteItem;
import id.go.bps.pst.tariff.QuoteRequest;

/** The request a visitor states at the desk (seed 001 walk-in step 6): the products and the purpose of use. */
public record DeskCart(
        @NotNull(message = "{pst.tariff.purpose.required}") Purpose purpose,
        @NotEmpty(message = "{pst.tariff.items.required}")
        @Size(max = QuoteRequest.MAX_ITEMS, message = "{pst.tariff.items.tooMany}")
        List<@NotNull(message = "{pst.tariff.item.required}") @Valid QuoteItem> items) {
}
