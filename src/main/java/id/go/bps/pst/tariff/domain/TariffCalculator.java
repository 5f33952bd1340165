package id.go.bps.pst.tariff.domain;

/**
 * The amount of one tariff line for a quantity, in whole rupiah. Integer arithmetic only: a step that is only
 * partly used is charged in full (ceiling division), and an amount too large for a {@code long} is an error, never a
 * silent wrap-around.
 */
public final class TariffCalculator {

    private TariffCalculator() {
    }

    public static long amount(LineDefinition line, long quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("A priced quantity must be at least 1, was " + quantity);
        }
        return switch (line.method()) {
            case PER_UNIT -> Math.multiplyExact(line.baseAmount(), quantity);
            case TIERED -> tiered(line, quantity);
        };
    }

    private static long tiered(LineDefinition line, long quantity) {
        long beyondBase = quantity - line.baseQuantity();
        if (beyondBase <= 0) {
            return line.baseAmount();
        }
        long steps = ceilDiv(beyondBase, line.stepQuantity());
        return Math.addExact(line.baseAmount(), Math.multiplyExact(steps, line.stepAmount()));
    }

    /** Ceiling of a / b for a >= 0, b >= 1, without the overflow of (a + b - 1) / b. */
    static long ceilDiv(long a, long b) {
        return a / b + (a % b == 0 ? 0 : 1);
    }
}
