package id.go.bps.pst.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlaSettingsTest {

    @Test
    void defaults_followTheServiceStandard() {
        SlaSettings settings = SlaSettings.defaults();

        assertThat(settings.budgetWorkingDays(SlaService.SALE)).isEqualTo(10);
        assertThat(settings.budgetWorkingDays(SlaService.CONSULTATION)).isEqualTo(3);
        assertThat(settings.warningWorkingDaysLeft()).isEqualTo(2);
    }

    @Test
    void configuredBudget_wins_andANegativeOneIsRefused() {
        assertThat(new SlaSettings(7, null, null).budgetWorkingDays(SlaService.SALE)).isEqualTo(7);
        assertThatThrownBy(() -> new SlaSettings(null, -1, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pst.sla.consultation-working-days");
    }
}
