package id.go.bps.pst.walkin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 001: called within 10 minutes (seed 003: 5) since the previous number finished, or since arrival if later. */
class ServiceStandardTest {

    private static final Instant ARRIVED = Instant.parse("2026-03-02T02:00:00Z");

    @ParameterizedTest(name = "[{index}] {0} min, previous {1} finished +{2} min, at +{3} min: missed {4}, next check +{5}")
    @CsvSource(nullValues = "-", value = {
            // minutes, has previous, previous finished (min after arrival), now (min after arrival), missed, next check
            "10, false, -,   9, false, 10",   // first of the day: counts from arrival
            "10, false, -,  10, true,  10",
            "5,  false, -,   5, true,   5",   // Belitung Timur's 5 minutes
            "10, true,  -,  30, false, 40",   // previous still at a desk: not missed, look again one allowance on
            "10, true,  20, 29, false, 30",   // previous finished after arrival: counts from then
            "10, true,  20, 30, true,  30",
            "10, true,  -5,  9, false, 10",   // previous finished before arrival: counts from arrival
            "10, true,  -5, 10, true,  10",
    })
    void missedAndNextCheck(int minutes, boolean hasPrevious, Integer previousFinished, int now, boolean missed,
                            int nextCheck) {
        ServiceStandard standard = new ServiceStandard(Duration.ofMinutes(minutes), ARRIVED, hasPrevious,
                previousFinished == null ? null : ARRIVED.plus(Duration.ofMinutes(previousFinished)));
        Instant at = ARRIVED.plus(Duration.ofMinutes(now));

        assertThat(standard.missedAt(at)).isEqualTo(missed);
        assertThat(standard.nextCheck(at)).isEqualTo(ARRIVED.plus(Duration.ofMinutes(nextCheck)));
    }
}
