package id.go.bps.pst.payment.domain;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.payment.BillingCodeStatus;
import id.go.bps.pst.payment.PaymentReceived;
import id.go.bps.pst.payment.PaymentView;

/**
 * Records one verified notification in one transaction. Idempotent by NTPN: the same NTPN for the same code answers
 * the payment already recorded and changes nothing.
 */
@Service
public class PaymentRecorder {

    private final BillingRepository billings;
    private final PaymentRepository payments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentRecorder(BillingRepository billings, PaymentRepository payments, ApplicationEventPublisher events,
                    @Qualifier(PaymentConfiguration.CLOCK) Clock clock) {
        this.billings = billings;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PaymentView record(PaymentNotification notification) {
        String code = notification.normalizedCode();
        String ntpn = notification.normalizedNtpn();
        // The code first, the NTPN second: a twin commits both rows at once, so if this read of the code already
        // sees it paid, the later read of the NTPN sees the twin's payment too (read committed).
        Optional<Billing> found = billings.findByCode(code);
        Optional<Payment> known = payments.findByNtpn(ntpn);
        if (known.isPresent()) {
            return repeated(known.get(), code, ntpn);
        }
        Billing billing = found.orElseThrow(() -> PaymentProblems.unknownCode(code));
        check(billing, notification);
        billing.markPaid(ntpn, notification.amount(), notification.paidAt(), notification.channel());
        Payment payment = Payment.ofBillingCode(billing, ntpn, notification.paidAt(), notification.channel(),
                clock.instant());
        // Flushed here so that a concurrent twin fails now, inside this call, where the caller can retry it.
        payments.saveAndFlush(payment);
        billings.saveAndFlush(billing);
        events.publishEvent(new PaymentReceived(billing.requestNumber(), code, ntpn, billing.amount(),
                payment.view().paidAt()));
        return payment.view();
    }

    private static PaymentView repeated(Payment payment, String code, String ntpn) {
        if (!code.equals(payment.billingCode())) {
            throw PaymentProblems.ntpnReused(ntpn);
        }
        return payment.view();
    }

    private static void check(Billing billing, PaymentNotification notification) {
        if (billing.storedStatus() == BillingCodeStatus.PAID) {
            throw PaymentProblems.codeAlreadyPaid(billing.code());
        }
        // Judged at the time the bank took the money, not when the notice arrives: a late notice is still paid.
        if (!billing.payableAt(notification.paidAt())) {
            throw PaymentProblems.expired(billing.code());
        }
        if (billing.amount() != notification.amount()) {
            throw PaymentProblems.amountMismatch(billing.code(), billing.amount(), notification.amount());
        }
    }
}
