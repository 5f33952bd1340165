package id.go.bps.pst.request;

import java.util.List;

import org.springframework.stereotype.Component;

import id.go.bps.pst.request.domain.SaleRequest;
import id.go.bps.pst.request.domain.SaleRequestLine;
import id.go.bps.pst.request.process.SaleProcess;
import id.go.bps.pst.document.Documents;
import id.go.bps.pst.payment.Payments;
import id.go.bps.pst.sla.SlaClocks;
import id.go.bps.pst.sla.SlaDueDates;
import id.go.bps.pst.tariff.Quote;

/** Builds what the customer reads of a request: its data from the ledger, timeline and actions from the engine. */
@Component
class RequestViews {

    private final SaleProcess process;
    private final Payments payments;
    private final Documents documents;
    private final SlaClocks sla;

    RequestViews(SaleProcess process, Payments payments, Documents documents, SlaClocks sla) {
        this.process = process;
        this.payments = payments;
        this.documents = documents;
        this.sla = sla;
    }

    RequestDetail detail(SaleRequest r) {
        boolean started = r.submittedAt() != null;
        List<TimelineEntry> timeline = started ? process.timeline(r.number()) : List.of();
        return new RequestDetail(r.number(), r.officeCode(), r.status(), r.status().label(), r.statusReason(),
                r.cancelCause(), r.cancelCause() == null ? null : r.cancelCause().label(),
                r.segment().name(), r.purpose().name(), r.abroad(), r.zeroRupiah(), r.needsAgreement(),
                r.totalAmount(), r.listTotal(), Quote.CURRENCY, r.regulationCode(),
                r.lines().stream().map(RequestViews::line).toList(), r.requiredDocuments(), r.abstractFields(),
                timeline, started ? process.availableActions(r.number()) : List.of(),
                started ? payment(r) : null,
                documents.list(r.number()).stream().filter(d -> !d.superseded()).toList(),
                started ? sla.dueDates(r.number()).map(SlaDueDates::dueAt).orElse(null) : null, r.createdAt(), r.submittedAt(), r.closedAt());
    }

    private RequestDetail.Payment payment(SaleRequest r) {
        var code = payments.billingCodeOf(r.number());
        boolean paid = payments.paymentOf(r.number()).isPresent();
        return new RequestDetail.Payment(code.map(c -> c.code()).orElse(null),
                code.map(c -> c.expiresAt()).orElse(null), r.totalAmount(), paid);
    }

    static RequestSummary summary(SaleRequest r) {
        return new RequestSummary(r.number(), r.officeCode(), r.status(), r.status().label(), r.totalAmount(),
                r.createdAt(), r.submittedAt());
    }

    private static RequestDetail.Line line(SaleRequestLine line) {
        SaleRequestLine.LineSnapshot l = line.snapshot();
        return new RequestDetail.Line(l.productCode(), l.title(), l.productType(), l.tariffLineCode(), l.quantity(),
                l.unit(), l.listAmount(), l.chargedAmount(), l.variables(), l.regions(), l.processed());
    }
}
