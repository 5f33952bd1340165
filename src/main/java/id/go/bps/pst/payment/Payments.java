package id.go.bps.pst.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.identifiers.BillingCode;
import id.go.bps.pst.payment.domain.Billing;
import id.go.bps.pst.payment.domain.BillingRepository;
import id.go.bps.pst.payment.domain.ExpiryRule;
import id.go.bps.pst.payment.domain.Payment;
import id.go.bps.pst.payment.domain.PaymentConfiguration;
import id.go.bps.pst.payment.domain.PaymentProblems;
import id.go.bps.pst.payment.domain.PaymentRepository;

/** The public face of the payment module: billing codes issued for requests and the payments received for them. */
@Service
public class Payments {

    private final BillingGateway gateway;
    private final BillingRepository billings;
    private final PaymentRepository payments;
    private final PaymentSettings settings;
    private final Clock clock;

    Payments(BillingGateway gateway, BillingRepository billings, PaymentRepository payments, PaymentSettings settings,
             @Qualifier(PaymentConfiguration.CLOCK) Clock clock) {
        this.gateway = gateway;
        this.billings = billings;
        this.payments = payments;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Issues a billing code for a request through the billing gateway, valid for the configured validity but never
     * after {@code invoiceValidUntil} (null: no cap). Any code still open for the request is superseded: only the
     * newest one is accepted. A paid request (409) or an invoice already ended (422) gets no code.
     */
    @Transactional
    public BillingCodeView issueBillingCode(String requestNumber, String officeCode, long amount,
                                            Instant invoiceValidUntil) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        refuseUnpayable(requestNumber, amount, invoiceValidUntil, now);
        Instant latest = ExpiryRule.cap(now, settings.billingCodeValidity(), invoiceValidUntil);
        IssuedBillingCode issued = gateway.issue(new BillingOrder(requestNumber, officeCode, amount, latest));
        String code = BillingCode.check(issued.code()).normalized();
        if (code == null || issued.amount() != amount) {
            throw new IllegalStateException("The billing gateway answered " + issued + " for Rp" + amount);
        }
        billings.findByRequestNumberAndStatus(requestNumber, BillingCodeStatus.ISSUED)
                .forEach(previous -> previous.supersede(now));
        Billing billing = Billing.issued(requestNumber, officeCode, amount, code, now,
                ExpiryRule.earlier(issued.expiresAt(), latest));
        return billings.save(billing).view(now);
    }

    /** The newest billing code of a request, with its status now. */
    @Transactional(readOnly = true)
    public Optional<BillingCodeView> billingCodeOf(String requestNumber) {
        return billings.findFirstByRequestNumberOrderByIdDesc(requestNumber).map(b -> b.view(clock.instant()));
    }

    /**
     * Records a transfer from abroad that a treasurer accepted (no NTPN). Repeating it for the same amount answers
     * the same payment; a request paid otherwise is a 409.
     */
    @Transactional
    public PaymentView recordTransferPayment(String requestNumber, long amount, String verifiedBy) {
        if (amount <= 0) {
            throw PaymentProblems.amountNotPositive(requestNumber);
        }
        Optional<Payment> existing = payments.findByRequestNumber(requestNumber);
        if (existing.isPresent()) {
            if (existing.get().isTransferOf(amount)) {
                return existing.get().view();
            }
            throw PaymentProblems.requestPaid(requestNumber);
        }
        Payment payment = Payment.ofTransfer(requestNumber, amount, verifiedBy, clock.instant());
        return payments.save(payment).view();
    }

    /**
     * Records cash a treasurer received at the desk (walk-in). Repeating it for the same amount answers the same
     * payment; a request paid otherwise is a 409.
     */
    @Transactional
    public PaymentView recordCashPayment(String requestNumber, long amount, String receivedBy) {
        if (amount <= 0) {
            throw PaymentProblems.amountNotPositive(requestNumber);
        }
        Optional<Payment> existing = payments.findByRequestNumber(requestNumber);
        if (existing.isPresent()) {
            if (existing.get().isCashOf(amount)) {
                return existing.get().view();
            }
            throw PaymentProblems.requestPaid(requestNumber);
        }
        return payments.save(Payment.ofCash(requestNumber, amount, receivedBy, clock.instant())).view();
    }

    /** The payment received for a request, if any. */
    @Transactional(readOnly = true)
    public Optional<PaymentView> paymentOf(String requestNumber) {
        return payments.findByRequestNumber(requestNumber).map(Payment::view);
    }

    private void refuseUnpayable(String requestNumber, long amount, Instant invoiceValidUntil, Instant now) {
        if (amount <= 0) {
            throw PaymentProblems.amountNotPositive(requestNumber);
        }
        if (payments.findByRequestNumber(requestNumber).isPresent()) {
            throw PaymentProblems.requestPaid(requestNumber);
        }
        if (invoiceValidUntil != null && !invoiceValidUntil.isAfter(now)) {
            throw PaymentProblems.invoiceEnded(requestNumber);
        }
    }
}
