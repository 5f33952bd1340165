package id.go.bps.pst.walkin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Queue numbers restart at the office's own midnight: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9), no daylight saving. */
class QueueDayTest {

    @ParameterizedTest(name = "{0} in {1} is service day {2}")
    @CsvSource({
            // instant (UTC)         , zone           , service day
            "2026-03-02T16:59:59Z, Asia/Jakarta,  2026-03-02",  // 23:59:59 WIB
            "2026-03-02T17:00:00Z, Asia/Jakarta,  2026-03-03",  // 00:00 WIB: a new day, numbers restart
            "2026-03-02T15:59:59Z, Asia/Makassar, 2026-03-02",  // 23:59:59 WITA (Gorontalo)
            "2026-03-02T16:00:00Z, Asia/Makassar, 2026-03-03",  // 00:00 WITA
            "2026-03-02T14:59:59Z, Asia/Jayapura, 2026-03-02",  // 23:59:59 WIT (Papua)
            "2026-03-02T15:00:00Z, Asia/Jayapura, 2026-03-03",  // 00:00 WIT
            "2026-03-02T16:30:00Z, Asia/Jakarta,  2026-03-02",  // one moment, three offices: still Monday in WIB,
            "2026-03-02T16:30:00Z, Asia/Makassar, 2026-03-03",  // already Tuesday in WITA
            "2026-03-02T16:30:00Z, Asia/Jayapura, 2026-03-03",  // and in WIT
            "2026-03-02T00:30:00Z, Asia/Jakarta,  2026-03-02",  // 07:30 WIB: before the office opens, the same day
            "2026-12-31T17:00:00Z, Asia/Jakarta,  2027-01-01",  // over the year
    })
    void serviceDay_isTheDateInTheOfficesZone(Instant moment, ZoneId zone, LocalDate day) {
        assertThat(QueueDay.of(moment, zone)).isEqualTo(day);
    }
}
