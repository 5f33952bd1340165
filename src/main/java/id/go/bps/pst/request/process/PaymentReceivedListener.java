package id.go.bps.pst.request.process;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.bps.pst.payment.PaymentReceived;

/**
 * Turns a billing gateway's payment into the process message {@code Msg_PaymentReceived}, in the same transaction
 * as the payment record: either both happen or the gateway is told to try again. A payment for a request that no
 * longer waits for one (cancelled meanwhile) stays recorded and is logged for the treasurer.
 */
@Component
class PaymentReceivedListener {

    static final String MESSAGE = "Msg_PaymentReceived";
    private static final Logger log = LoggerFactory.getLogger(PaymentReceivedListener.class);

    private final SaleProcess process;

    PaymentReceivedListener(SaleProcess process) {
        this.process = process;
    }

    @EventListener
    void on(PaymentReceived payment) {
        if (!process.send(payment.requestNumber(), MESSAGE, Map.of())) {
            log.warn("Payment {} (NTPN {}) arrived for request {}, which does not wait for a payment now",
                    payment.billingCode(), payment.ntpn(), payment.requestNumber());
        }
    }
}
