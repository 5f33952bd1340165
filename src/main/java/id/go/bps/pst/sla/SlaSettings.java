package id.go.bps.pst.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service-standard budgets ({@code pst.sla.*}), in the office's working days; one working day is the office's daily
 * service duration (Perka BPS No. 78 Tahun 2020: online sales 10 working days, online consultation 3).
 *
 * @param saleWorkingDays         budget of an online sale, from the complete documents to delivery (default 10)
 * @param consultationWorkingDays budget of an online consultation (default 3)
 * @param warningWorkingDaysLeft  a running clock is at risk when less than this remains (default 2)
 */
@ConfigurationProperties("pst.sla")
public record SlaSettings(Integer saleWorkingDays, Integer consultationWorkingDays, Integer warningWorkingDaysLeft) {

    public SlaSettings {
        saleWorkingDays = orDefault(saleWorkingDays, 10, "sale-working-days");
        consultationWorkingDays = orDefault(consultationWorkingDays, 3, "consultation-working-days");
        warningWorkingDaysLeft = orDefault(warningWorkingDaysLeft, 2, "warning-working-days-left");
    }

    /** The defaults: 10 working days for a sale, 3 for a consultation, a warning under 2 left. */
    public static SlaSettings defaults() {
        return new SlaSettings(null, null, null);
    }

    public int budgetWorkingDays(SlaService service) {
        return switch (service) {
            case SALE -> saleWorkingDays;
            case CONSULTATION -> consultationWorkingDays;
        };
    }

    private static int orDefault(Integer value, int fallback, String name) {
        int days = value == null ? fallback : value;
        if (days < 0) {
            throw new IllegalStateException("pst.sla." + name + " must not be negative, not " + days);
        }
        return days;
    }
}
