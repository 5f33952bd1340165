package id.go.bps.pst.request.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.request.AbstractFields;
import id.go.bps.pst.request.CancelCause;
import id.go.bps.pst.request.RequestStatus;
import id.go.bps.pst.tariff.CustomerSegment;
import id.go.bps.pst.tariff.Purpose;

/** A customer's request to buy statistical products, from draft to done or cancelled. */
@Entity
@Table(name = "sale_request")
public class SaleRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String number;
    @Column(name = "office_code")
    private String officeCode;
    @Column(name = "customer_id")
    private long customerId;
    @Enumerated(EnumType.STRING)
    private CustomerSegment segment;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private boolean abroad;
    @Column(name = "zero_rupiah")
    private boolean zeroRupiah;
    @Column(name = "needs_agreement")
    private boolean needsAgreement;
    @Column(name = "total_amount")
    private long totalAmount;
    @Column(name = "list_total")
    private long listTotal;
    @Column(name = "regulation_code")
    private String regulationCode;
    @Column(name = "regulation_name")
    private String regulationName;
    @Column(name = "required_documents")
    private String requiredDocuments;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_cause")
    private CancelCause cancelCause;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Embedded
    private RequestAbstract dataUse;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderBy("lineNo")
    private List<SaleRequestLine> lines = new ArrayList<>();

    protected SaleRequest() {
    }

    public SaleRequest(String number, long customerId, RequestDraft draft, Instant now) {
        this.number = number;
        this.customerId = customerId;
        this.officeCode = draft.officeCode();
        this.segment = draft.segment();
        this.purpose = draft.purpose();
        this.abroad = draft.abroad();
        this.zeroRupiah = draft.zeroRupiah();
        this.needsAgreement = draft.needsAgreement();
        this.totalAmount = draft.totalAmount();
        this.listTotal = draft.listTotal();
        this.regulationCode = draft.regulationCode();
        this.regulationName = draft.regulationName();
        this.requiredDocuments = String.join(",", draft.requiredDocuments());
        this.lines.addAll(draft.lines());
        this.status = RequestStatus.DRAFT;
        this.createdAt = now;
    }

    /** The data-use abstract typed with the cart (null or empty: none typed, the uploaded file stands for it). */
    public void describeUse(AbstractFields fields) {
        this.dataUse = fields == null || fields.isEmpty() ? null : new RequestAbstract(fields);
    }

    /** The typed data-use abstract, or null when none was typed. */
    public AbstractFields abstractFields() {
        return dataUse == null ? null : dataUse.fields();
    }

    /** The customer hands the request in; only a draft can be submitted, once. */
    public void submit(Instant now) {
        if (status != RequestStatus.DRAFT) {
            throw ApiProblem.conflict("request.already-submitted",
                    "Permintaan " + number + " sudah diajukan.", "Request " + number + " was already submitted.");
        }
        this.status = RequestStatus.CHECKING_DOCUMENTS;
        this.submittedAt = now;
    }

    /** The process moved to a step the customer sees as a new status. */
    public void moveTo(RequestStatus next, Instant now) {
        this.status = next;
        if (!next.isOpen() && closedAt == null) {
            this.closedAt = now;
        }
    }

    public void cancel(CancelCause cause, String officerReason, Instant now) {
        this.cancelCause = cause;
        this.statusReason = officerReason;
        moveTo(RequestStatus.CANCELLED, now);
    }

    public boolean belongsTo(long customer) {
        return customerId == customer;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String officeCode() {
        return officeCode;
    }

    public long customerId() {
        return customerId;
    }

    public CustomerSegment segment() {
        return segment;
    }

    public Purpose purpose() {
        return purpose;
    }

    public boolean abroad() {
        return abroad;
    }

    public boolean zeroRupiah() {
        return zeroRupiah;
    }

    public boolean needsAgreement() {
        return needsAgreement;
    }

    public long totalAmount() {
        return totalAmount;
    }

    public long listTotal() {
        return listTotal;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public String regulationName() {
        return regulationName;
    }

    public List<String> requiredDocuments() {
        return requiredDocuments == null || requiredDocuments.isBlank() ? List.of()
                : List.of(requiredDocuments.split(","));
    }

    public RequestStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public CancelCause cancelCause() {
        return cancelCause;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<SaleRequestLine> lines() {
        return List.copyOf(lines);
    }
}
