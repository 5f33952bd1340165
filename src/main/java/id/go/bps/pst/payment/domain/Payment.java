package id.go.bps.pst.payment.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.bps.pst.payment.PaymentMethod;
import id.go.bps.pst.payment.PaymentView;

/**
 * A payment received for a request: at most one per request and one per NTPN (unique constraints, which also
 * settle two identical notifications arriving at once).
 */
@Entity
@Table(name = "payment_received")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String requestNumber;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    private long amount;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant paidAt;

    private String billingCode;
    private String ntpn;
    private String channel;
    private String verifiedBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant recordedAt;

    protected Payment() {
        // for JPA
    }

    private Payment(String requestNumber, PaymentMethod method, long amount, Instant paidAt, Instant recordedAt) {
        this.requestNumber = requestNumber;
        this.method = method;
        this.amount = amount;
        this.paidAt = Billing.micros(paidAt);
        this.recordedAt = Billing.micros(recordedAt);
    }

    /** A billing code paid, as the gateway notified it. */
    public static Payment ofBillingCode(Billing billing, String ntpn, Instant paidAt, String channel,
                                        Instant recordedAt) {
        Payment payment = new Payment(billing.requestNumber(), PaymentMethod.BILLING_CODE, billing.amount(), paidAt,
                recordedAt);
        payment.billingCode = billing.code();
        payment.ntpn = ntpn;
        payment.channel = channel;
        return payment;
    }

    /** A transfer from abroad whose proof a treasurer accepted; it counts as received when accepted. */
    public static Payment ofTransfer(String requestNumber, long amount, String verifiedBy, Instant verifiedAt) {
        Payment payment = new Payment(requestNumber, PaymentMethod.TRANSFER, amount, verifiedAt, verifiedAt);
        payment.verifiedBy = verifiedBy;
        return payment;
    }

    /** Cash a treasurer received at the desk; it counts as received when recorded. */
    public static Payment ofCash(String requestNumber, long amount, String receivedBy, Instant receivedAt) {
        Payment payment = new Payment(requestNumber, PaymentMethod.CASH, amount, receivedAt, receivedAt);
        payment.verifiedBy = receivedBy;
        return payment;
    }

    public boolean isCashOf(long cashAmount) {
        return method == PaymentMethod.CASH && amount == cashAmount;
    }

    public boolean isTransferOf(long transferAmount) {
        return method == PaymentMethod.TRANSFER && amount == transferAmount;
    }

    public String billingCode() {
        return billingCode;
    }

    public PaymentView view() {
        return new PaymentView(requestNumber, method, amount, paidAt, billingCode, ntpn, channel, verifiedBy);
    }
}
