package id.go.bps.pst.document.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Limit and expiry arithmetic: 5 downloads within 30 days of delivery by default. */
class DownloadGrantTest {

    private static final Instant DELIVERED = Instant.parse("2026-03-10T02:00:00Z");

    @ParameterizedTest(name = "{0} used of {1}, {2} after delivery: {3}")
    @CsvSource({
        "0, 5, PT0S,      USABLE",
        "4, 5, PT1H,      USABLE",
        "5, 5, PT1H,      EXHAUSTED",
        "0, 5, P29DT23H59M59S, USABLE",
        "0, 5, P30D,      EXPIRED",
        "5, 5, P31D,      EXPIRED",
        "0, 1, PT1M,      USABLE",
        "1, 1, PT1M,      EXHAUSTED"
    })
    void status_followsCountAndClock(int used, int limit, String elapsed, GrantStatus expected) {
        DownloadGrant grant = new DownloadGrant(7L, "PST-3300-2026-000123", limit, Duration.ofDays(30), "petugas",
                DELIVERED);
        for (int i = 0; i < used; i++) {
            assertThat(grant.use(DELIVERED)).isEqualTo(GrantStatus.USABLE);
        }

        assertThat(grant.statusAt(DELIVERED.plus(Duration.parse(elapsed)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"5, 5", "3, 3", "1, 1"})
    void use_countsUpToTheLimitOnly(int limit, int expectedCount) {
        DownloadGrant grant = new DownloadGrant(7L, "PST-3300-2026-000123", limit, Duration.ofDays(30), "petugas",
                DELIVERED);

        for (int i = 0; i < limit + 3; i++) {
            grant.use(DELIVERED.plusSeconds(i));
        }

        assertThat(grant.downloads()).isEqualTo(expectedCount);
        assertThat(grant.statusAt(DELIVERED)).isEqualTo(GrantStatus.EXHAUSTED);
    }

    @ParameterizedTest
    @CsvSource({"P30D, 2026-04-09T02:00:00Z", "P7D, 2026-03-17T02:00:00Z", "PT12H, 2026-03-10T14:00:00Z"})
    void expiry_isDeliveryPlusValidity(String validity, Instant expected) {
        DownloadGrant grant = new DownloadGrant(7L, "PST-3300-2026-000123", 5, Duration.parse(validity), "petugas",
                DELIVERED);

        assertThat(grant.expiresAt()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, P30D", "5, PT0S", "-1, P1D"})
    void grantWithoutDownloadsOrTime_isABug(int limit, String validity) {
        assertThatThrownBy(() -> new DownloadGrant(7L, "PST-1", limit, Duration.parse(validity), "x", DELIVERED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0", "3"})
    void supersededGrant_isSupersededWhateverItsCount(int used) {
        DownloadGrant grant = new DownloadGrant(7L, "PST-1", 5, Duration.ofDays(30), "x", DELIVERED);
        for (int i = 0; i < used; i++) {
            grant.use(DELIVERED);
        }
        grant.supersede();

        assertThat(grant.statusAt(DELIVERED)).isEqualTo(GrantStatus.SUPERSEDED);
        assertThat(grant.use(DELIVERED)).isEqualTo(GrantStatus.SUPERSEDED);
        assertThat(grant.downloads()).isEqualTo(used);
    }
}
