package id.go.bps.pst.staff;

/** The roles at a PST desk; each office has one Camunda group per role. */
public enum StaffRole {
    /** Petugas PST: checks documents, prepares offers and products. */
    OFFICER("officer", "Petugas PST"),
    /** Bendahara: cash, receipts, verification of transfers from abroad. */
    TREASURER("treasurer", "Bendahara"),
    /** Supervisor: watches the service standard and handles escalations. */
    SUPERVISOR("supervisor", "Supervisor PST");

    private final String groupPrefix;
    private final String label;

    StaffRole(String groupPrefix, String label) {
        this.groupPrefix = groupPrefix;
        this.label = label;
    }

    /** Camunda ids are letters and digits only (its default resource whitelist), e.g. {@code officer3300}. */
    public String groupId(String officeCode) {
        return groupPrefix + officeCode;
    }

    public String label() {
        return label;
    }
}
