package id.go.bps.pst.tariff;

/**
 * What the customer will use the data for. Rp0 is only ever granted for a non-commercial purpose (seed 002,
 * "untuk kepentingan non-komersial").
 */
public enum Purpose {
    /** Pelaksanaan tugas negara/pemerintahan. */
    STATE_DUTY(false),
    /** Penelitian. */
    RESEARCH(false),
    /** Pemberdayaan masyarakat. */
    COMMUNITY_EMPOWERMENT(false),
    /** Komitmen internasional. */
    INTERNATIONAL_COMMITMENT(false),
    /** Komersial: always pays. */
    COMMERCIAL(true);

    private final boolean commercial;

    Purpose(boolean commercial) {
        this.commercial = commercial;
    }

    public boolean isCommercial() {
        return commercial;
    }
}
