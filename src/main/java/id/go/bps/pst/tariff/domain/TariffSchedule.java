package id.go.bps.pst.tariff.domain;

import id.go.bps.pst.catalog.MapLevel;
import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.tariff.Regulation;
import id.go.bps.pst.tariff.TariffUnit;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tariffs one regulation sets, and the days it is in force. Tariffs are data, not code: PP 13/2024 replaced
 * PP 7/2015 and will itself be replaced, and a quote must be priced by the regulation in force on its date.
 */
@Entity
@Table(name = "tariff_schedule")
public class TariffSchedule {

    /** Short code of the regulation, e.g. {@code PP-13-2024}. */
    @Id
    private String code;
    private String regulationName;
    private LocalDate effectiveFrom;
    /** The last day in force (inclusive); null while no successor is known. */
    private LocalDate effectiveTo;

    @OneToMany(mappedBy = "schedule")
    @OrderBy("lineCode")
    private List<TariffLine> lines = new ArrayList<>();

    protected TariffSchedule() {
    }

    public TariffSchedule(String code, String regulationName, LocalDate effectiveFrom, LocalDate effectiveTo) {
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("A schedule cannot end before it starts: " + code);
        }
        this.code = code;
        this.regulationName = regulationName;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
    }

    public TariffLine addLine(String lineCode, String description, TariffLine.Applicability applicability,
                              TariffUnit unit, LineDefinition definition) {
        TariffLine line = new TariffLine(this, lineCode, description, applicability, unit, definition);
        lines.add(line);
        return line;
    }

    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public Optional<TariffLine> lineFor(ProductType type, MapLevel level, boolean processed) {
        return lines.stream().filter(line -> line.applies(type, level, processed)).findFirst();
    }

    public Regulation regulation() {
        return new Regulation(regulationName, code, effectiveFrom);
    }

    public String code() {
        return code;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
