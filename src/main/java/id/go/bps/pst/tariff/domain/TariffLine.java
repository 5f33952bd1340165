package id.go.bps.pst.tariff.domain;

import id.go.bps.pst.catalog.MapLevel;
import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.tariff.TariffUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One priced item of a tariff schedule, e.g. {@code PUB-ELEC}: electronic publications by page. */
@Entity
@Table(name = "tariff_line")
public class TariffLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_code")
    private TariffSchedule schedule;

    private String lineCode;
    private String description;
    @Enumerated(EnumType.STRING)
    private ProductType productType;
    @Enumerated(EnumType.STRING)
    private MapLevel mapLevel;
    private boolean processed;
    @Enumerated(EnumType.STRING)
    private PricingMethod pricingMethod;
    @Enumerated(EnumType.STRING)
    @Column(name = "quantity_unit")
    private TariffUnit unit;
    private long baseAmount;
    private long baseQuantity;
    private long stepAmount;
    private long stepQuantity;

    protected TariffLine() {
    }

    TariffLine(TariffSchedule schedule, String lineCode, String description, Applicability applicability,
               TariffUnit unit, LineDefinition definition) {
        this.schedule = schedule;
        this.lineCode = lineCode;
        this.description = description;
        this.productType = applicability.productType();
        this.mapLevel = applicability.mapLevel();
        this.processed = applicability.processed();
        this.unit = unit;
        this.pricingMethod = definition.method();
        this.baseAmount = definition.baseAmount();
        this.baseQuantity = definition.baseQuantity();
        this.stepAmount = definition.stepAmount();
        this.stepQuantity = definition.stepQuantity();
    }

    /** Which products a line prices: a product type, and for maps the level, for microdata processed or not. */
    public record Applicability(ProductType productType, MapLevel mapLevel, boolean processed) {

        public static Applicability of(ProductType productType) {
            return new Applicability(productType, null, false);
        }
    }

    public boolean applies(ProductType type, MapLevel level, boolean processedData) {
        return productType == type
                && (productType != ProductType.WILKERSTAT_MAP || mapLevel == level)
                && (productType != ProductType.MICRODATA || processed == processedData);
    }

    public long amountFor(long quantity) {
        return TariffCalculator.amount(definition(), quantity);
    }

    public LineDefinition definition() {
        return new LineDefinition(pricingMethod, baseAmount, baseQuantity, stepAmount, stepQuantity);
    }

    public String lineCode() {
        return lineCode;
    }

    public String description() {
        return description;
    }

    public TariffUnit unit() {
        return unit;
    }
}
