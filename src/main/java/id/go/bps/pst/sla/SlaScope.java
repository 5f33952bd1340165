package id.go.bps.pst.sla;

import java.util.Set;

/**
 * Which offices a reader of the dashboard may see: every office ({@code offices} null: staff of BPS RI, 0000, and
 * administrators) or the offices of their staff groups.
 */
public record SlaScope(Set<String> offices) {

    public static final String NATIONAL_OFFICE = "0000";

    public static SlaScope all() {
        return new SlaScope(null);
    }

    public boolean sees(String officeCode) {
        return offices == null || offices.contains(officeCode);
    }
}
