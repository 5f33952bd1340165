package id.go.bps.pst.request.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.customer.Customers;
import id.go.bps.pst.document.AgreementData;
import id.go.bps.pst.document.AgreementItem;
import id.go.bps.pst.document.InvoiceData;
import id.go.bps.pst.document.InvoiceLine;
import id.go.bps.pst.document.OfferSource;
import id.go.bps.pst.document.PaymentMethod;
import id.go.bps.pst.document.ReceiptData;
import id.go.bps.pst.document.ReceiptSource;
import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;
import id.go.bps.pst.payment.PaymentView;
import id.go.bps.pst.payment.Payments;

/**
 * What the invoice, the SPPD and the receipt print about a request: the request's lines, its office, its customer
 * and its payment. Personal data goes from here straight to the document, never through the process.
 */
@Component
@Transactional(readOnly = true)
class RequestDocumentSources implements OfferSource, ReceiptSource {

    private final SaleRequestRepository requests;
    private final Customers customers;
    private final Offices offices;
    private final Payments payments;

    RequestDocumentSources(SaleRequestRepository requests, Customers customers, Offices offices, Payments payments) {
        this.requests = requests;
        this.customers = customers;
        this.offices = offices;
        this.payments = payments;
    }

    @Override
    public InvoiceData invoiceFor(String requestNumber) {
        SaleRequest request = require(requestNumber);
        CustomerView customer = customers.require(request.customerId());
        List<InvoiceLine> lines = request.lines().stream().map(SaleRequestLine::snapshot)
                .map(l -> new InvoiceLine(l.productCode(), l.title(), l.tariffDescription(), l.quantity(), l.unit(),
                        l.listAmount(), l.chargedAmount()))
                .toList();
        return new InvoiceData(requestNumber, request.officeCode(), office(request).name(), customer.displayName(),
                customer.institution(), lines, request.regulationName(), null);
    }

    @Override
    public AgreementData agreementFor(String requestNumber) {
        SaleRequest request = require(requestNumber);
        CustomerView customer = customers.require(request.customerId());
        List<AgreementItem> items = request.lines().stream().map(SaleRequestLine::snapshot)
                .map(l -> new AgreementItem(l.productCode(), l.title(), split(l.variables()), split(l.regions())))
                .toList();
        return new AgreementData(requestNumber, request.officeCode(), office(request).name(), null,
                customer.displayName(), customer.institution(), null, request.purpose().name(), items);
    }

    @Override
    public ReceiptData receiptFor(String requestNumber) {
        SaleRequest request = require(requestNumber);
        CustomerView customer = customers.require(request.customerId());
        OfficeView office = office(request);
        PaymentView payment = payments.paymentOf(requestNumber).orElseThrow(() -> new IllegalStateException(
                "No payment is recorded for " + requestNumber + ": a receipt needs one"));
        PaymentMethod method = switch (payment.method()) {
            case BILLING_CODE -> PaymentMethod.BILLING_CODE;
            case TRANSFER -> PaymentMethod.BANK_TRANSFER;
            case CASH -> PaymentMethod.CASH;
        };
        String reference = switch (payment.method()) {
            case BILLING_CODE -> payment.ntpn();
            case TRANSFER -> "verified by " + payment.verifiedBy();
            case CASH -> "received by " + payment.verifiedBy();
        };
        return new ReceiptData(requestNumber, request.officeCode(), office.name(), customer.displayName(),
                customer.institution(), null, payment.amount(), method, reference,
                LocalDate.ofInstant(payment.paidAt(), zone(office)));
    }

    private SaleRequest require(String number) {
        return requests.findByNumber(number).orElseThrow(() -> new IllegalStateException("No request " + number));
    }

    private OfficeView office(SaleRequest request) {
        return offices.require(request.officeCode());
    }

    private static ZoneId zone(OfficeView office) {
        return office.zone();
    }

    private static List<String> split(String names) {
        return names == null ? List.of() : Arrays.asList(names.split(","));
    }
}
