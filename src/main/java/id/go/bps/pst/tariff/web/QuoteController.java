package id.go.bps.pst.tariff.web;

import id.go.bps.pst.tariff.Quote;
import id.go.bps.pst.tariff.QuoteRequest;
import id.go.bps.pst.tariff.Tariffs;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/quotes}: a public price for a cart, before any request is made (no personal data needed). */
@RestController
class QuoteController {

    private final Tariffs tariffs;

    QuoteController(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    @PostMapping("/api/quotes")
    Quote quote(@Valid @RequestBody QuoteRequest request) {
        return tariffs.quote(request);
    }
}
