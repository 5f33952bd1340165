package id.go.bps.pst.tariff.domain;

/** How a tariff line turns a quantity into rupiah (the two shapes of the PP 13/2024 annex). */
public enum PricingMethod {
    /**
     * The base amount covers the first base quantity; each further step quantity, or part of it, costs the step
     * amount ("setiap 50 halaman berikutnya atau kurang dari 50 halaman").
     */
    TIERED,
    /** The base amount per unit (maps: "per peta"). */
    PER_UNIT
}
