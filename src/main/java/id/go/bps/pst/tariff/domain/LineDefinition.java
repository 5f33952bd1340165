package id.go.bps.pst.tariff.domain;

/**
 * The arithmetic of one tariff line, in whole rupiah.
 *
 * @param baseAmount   TIERED: the price of the first {@code baseQuantity} units; PER_UNIT: the price of one unit
 * @param baseQuantity TIERED: units covered by the base amount; PER_UNIT: 1
 * @param stepAmount   TIERED: the price of each further step or part of it; PER_UNIT: 0
 * @param stepQuantity TIERED: units in one step; PER_UNIT: 1
 */
public record LineDefinition(PricingMethod method, long baseAmount, long baseQuantity, long stepAmount,
                             long stepQuantity) {

    public LineDefinition {
        if (method == null) {
            throw new IllegalArgumentException("A tariff line needs a pricing method");
        }
        if (baseAmount < 0 || stepAmount < 0) {
            throw new IllegalArgumentException("Tariff amounts cannot be negative");
        }
        if (baseQuantity < 1 || stepQuantity < 1) {
            throw new IllegalArgumentException("Tariff quantities must be at least 1");
        }
    }

    public static LineDefinition tiered(long baseAmount, long baseQuantity, long stepAmount, long stepQuantity) {
        return new LineDefinition(PricingMethod.TIERED, baseAmount, baseQuantity, stepAmount, stepQuantity);
    }

    public static LineDefinition perUnit(long amount) {
        return new LineDefinition(PricingMethod.PER_UNIT, amount, 1, 0, 1);
    }
}
