package id.go.bps.pst.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminId       the administrator's user id
 * @param adminPassword the administrator's password; only needed the first time, to create the account. The
 *                      default profile sets a demo password, the {@code postgres} profile reads
 *                      {@code PST_ADMIN_PASSWORD} and none exists otherwise.
 * @param demoPassword  the password of every demo officer, treasurer and supervisor (demo data only)
 */
@ConfigurationProperties("pst.staff")
public record StaffSettings(String adminId, String adminPassword, String demoPassword) {

    public StaffSettings {
        adminId = adminId == null || adminId.isBlank() ? "admin" : adminId;
    }
}
