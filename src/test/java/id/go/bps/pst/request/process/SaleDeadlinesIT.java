package id.go.bps.pst.request.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Sale deadlines on the seeded calendars: the close of the office's N-th working day, in its own time zone, across
 * Idulfitri 2026 and Christmas 2026 (holidays and cuti bersama) and a weekend start in WIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SaleDeadlinesIT {

    @Autowired
    SaleDeadlines deadlines;

    @ParameterizedTest(name = "{0} from {1} + {2} working days -> {3}")
    @CsvSource({
            // Jawa Tengah (WIB, closes 15:30): 10 working days across Idulfitri 1447 H and Good Friday
            "3300, 2026-03-17T03:00:00Z, 10, 2026-04-08T08:30:00Z",
            "3300, 2026-03-17T03:00:00Z, 1, 2026-03-25T08:30:00Z",
            // Gorontalo (WITA, closes 17:00): Christmas Eve leave, Christmas, weekend
            "7500, 2026-12-23T01:00:00Z, 1, 2026-12-28T09:00:00Z",
            // Papua (WIT, closes 16:00): 01:30 on Saturday in Jayapura is already the weekend there
            "9400, 2026-11-20T16:30:00Z, 1, 2026-11-23T07:00:00Z",
            // the same instant is still Friday in Jakarta
            "3300, 2026-11-20T16:30:00Z, 1, 2026-11-23T08:30:00Z"})
    void closeOfTheNthWorkingDay_inTheOfficesZone(String office, Instant from, int days, Instant expected) {
        assertThat(deadlines.closeOfWorkingDay(office, from, days)).isEqualTo(expected);
    }
}
