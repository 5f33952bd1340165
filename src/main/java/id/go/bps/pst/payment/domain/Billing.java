package id.go.bps.pst.payment.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.bps.pst.payment.BillingCodeStatus;
import id.go.bps.pst.payment.BillingCodeView;

/**
 * One billing code (kode billing) issued for a request. The version guards the code against two changes at once,
 * e.g. a payment arriving while a newer code supersedes it.
 */
@Entity
@Table(name = "payment_billing_code")
public class Billing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String requestNumber;
    private String officeCode;
    private long amount;
    private String code;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant issuedAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    private BillingCodeStatus status;

    private String ntpn;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private Instant paidAt;

    private Long paidAmount;
    private String channel;

    @Version
    @Column(name = "lock_version")
    private int version;

    protected Billing() {
        // for JPA
    }

    private Billing(String requestNumber, String officeCode, long amount, String code, Instant issuedAt,
                    Instant expiresAt) {
        this.requestNumber = requestNumber;
        this.officeCode = officeCode;
        this.amount = amount;
        this.code = code;
        this.issuedAt = micros(issuedAt);
        this.expiresAt = micros(expiresAt);
        this.status = BillingCodeStatus.ISSUED;
    }

    public static Billing issued(String requestNumber, String officeCode, long amount, String code, Instant issuedAt,
                                 Instant expiresAt) {
        return new Billing(requestNumber, officeCode, amount, code, issuedAt, expiresAt);
    }

    /** The status at {@code now}: an issued code past its expiry is expired even before anyone stores that. */
    public BillingCodeStatus statusAt(Instant now) {
        return status == BillingCodeStatus.ISSUED && !now.isBefore(expiresAt) ? BillingCodeStatus.EXPIRED : status;
    }

    /** Whether a payment made at {@code paidAt} is accepted: the bank takes only an issued, unexpired code. */
    public boolean payableAt(Instant paidAt) {
        return statusAt(paidAt) == BillingCodeStatus.ISSUED;
    }

    /** A newer code replaces this one; an expired one is recorded as expired, since that is what ended it. */
    public void supersede(Instant now) {
        if (status == BillingCodeStatus.ISSUED) {
            status = statusAt(now) == BillingCodeStatus.EXPIRED ? BillingCodeStatus.EXPIRED
                    : BillingCodeStatus.SUPERSEDED;
        }
    }

    public void markPaid(String ntpn, long paidAmount, Instant paidAt, String channel) {
        if (!payableAt(paidAt)) {
            throw new IllegalStateException("Billing code " + code + " is not payable at " + paidAt);
        }
        this.status = BillingCodeStatus.PAID;
        this.ntpn = ntpn;
        this.paidAmount = paidAmount;
        this.paidAt = micros(paidAt);
        this.channel = channel;
    }

    public BillingCodeView view(Instant now) {
        return new BillingCodeView(requestNumber, officeCode, code, amount, issuedAt, expiresAt, statusAt(now));
    }

    public String requestNumber() {
        return requestNumber;
    }

    public String code() {
        return code;
    }

    public long amount() {
        return amount;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public BillingCodeStatus storedStatus() {
        return status;
    }

    public String ntpn() {
        return ntpn;
    }

    /** The databases keep microseconds; rounding here makes a reread equal to what was written. */
    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
