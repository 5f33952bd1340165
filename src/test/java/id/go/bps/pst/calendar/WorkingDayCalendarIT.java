package id.go.bps.pst.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;

import id.go.bps.pst.office.Offices;
import id.go.bps.pst.platform.ApiProblem;

/** The facades other modules (the SLA work) call, on the seeded data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WorkingDayCalendarIT {

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Offices offices;

    @Test
    void isWorkingDay_idulfitri2026_isClosed_andTheDayAfterIsOpen() {
        assertThat(calendar.isWorkingDay("3300", LocalDate.of(2026, 3, 20))).isFalse();
        assertThat(calendar.isWorkingDay("3300", LocalDate.of(2026, 3, 21))).isFalse();
        assertThat(calendar.isWorkingDay("3300", LocalDate.of(2026, 3, 25))).isTrue();
    }

    @Test
    void addWorkingDays_tenDaysFromIdulfitriWeek2026() {
        assertThat(calendar.addWorkingDays("7500", LocalDate.of(2026, 3, 17), 10)).isEqualTo("2026-04-08");
    }

    @Test
    void unknownOffice_isA404Problem() {
        assertThatThrownBy(() -> calendar.isWorkingDay("9999", LocalDate.of(2026, 3, 17)))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void zoneOf_gorontaloIsWita_papuaIsWit() {
        assertThat(offices.zoneOf("7500")).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(offices.zoneOf("9400")).isEqualTo(ZoneId.of("Asia/Jayapura"));
        assertThat(offices.zoneOf("0000")).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }
}
