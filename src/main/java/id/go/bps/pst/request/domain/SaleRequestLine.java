package id.go.bps.pst.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One priced product of a request, as quoted when the request was made (the tariff may change later). */
@Entity
@Table(name = "sale_request_line")
public class SaleRequestLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "line_no")
    private int lineNo;
    @Column(name = "product_code")
    private String productCode;
    private String title;
    @Column(name = "product_type")
    private String productType;
    @Column(name = "tariff_line_code")
    private String tariffLineCode;
    @Column(name = "tariff_description")
    private String tariffDescription;
    private long quantity;
    @Column(name = "quantity_unit")
    private String unit;
    @Column(name = "list_amount")
    private long listAmount;
    @Column(name = "charged_amount")
    private long chargedAmount;
    @Column(name = "selected_variables")
    private String selectedVariables;
    @Column(name = "selected_regions")
    private String selectedRegions;
    private boolean processed;

    protected SaleRequestLine() {
    }

    public SaleRequestLine(int lineNo, LineSnapshot line) {
        this.lineNo = lineNo;
        this.productCode = line.productCode();
        this.title = line.title();
        this.productType = line.productType();
        this.tariffLineCode = line.tariffLineCode();
        this.tariffDescription = line.tariffDescription();
        this.quantity = line.quantity();
        this.unit = line.unit();
        this.listAmount = line.listAmount();
        this.chargedAmount = line.chargedAmount();
        this.selectedVariables = line.variables();
        this.selectedRegions = line.regions();
        this.processed = line.processed();
    }

    public LineSnapshot snapshot() {
        return new LineSnapshot(productCode, title, productType, tariffLineCode, tariffDescription, quantity, unit, listAmount,
                chargedAmount, selectedVariables, selectedRegions, processed);
    }

    /** The line's data, also what the API shows. Variables and regions are comma lists (empty: all). */
    public record LineSnapshot(String productCode, String title, String productType, String tariffLineCode,
                               String tariffDescription, long quantity, String unit, long listAmount, long chargedAmount, String variables,
                               String regions, boolean processed) {
    }
}
