package id.go.bps.pst.payment;

/**
 * The SIMPONI simulator as other modules see it (present only with {@code pst.payment.simulator.enabled=true}, the
 * default profile): pays a billing code as a bank would, through the signed notification.
 */
public interface BillingSimulator {

    PaymentView pay(String billingCode);
}
