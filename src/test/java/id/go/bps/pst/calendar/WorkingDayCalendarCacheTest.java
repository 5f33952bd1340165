package id.go.bps.pst.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.go.bps.pst.calendar.domain.HolidayRepository;
import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;

/** The calendar keeps an office's holidays in memory, and lets go of them on a change or after a minute. */
class WorkingDayCalendarCacheTest {

    private static final LocalDate NYEPI = LocalDate.of(2026, 3, 19);

    private final HolidayRepository holidays = mock(HolidayRepository.class);
    private final Offices offices = mock(Offices.class);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private WorkingDayCalendar calendar;

    @BeforeEach
    void officeWithNyepi() {
        OfficeView office = mock(OfficeView.class);
        when(office.code()).thenReturn("5100");
        when(office.workingWeekdays()).thenReturn(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        when(offices.require("5100")).thenReturn(office);
        when(holidays.datesFrom(eq("5100"), any())).thenReturn(List.of(NYEPI));
        calendar = new WorkingDayCalendar(offices, holidays, clock);
    }

    @Test
    void holidays_areReadOnce_forEveryQuestionWithinAMinute() {
        assertThat(calendar.isWorkingDay("5100", NYEPI)).isFalse();
        assertThat(calendar.nonWorkingDates("5100", NYEPI.minusDays(3), NYEPI.plusDays(3))).containsExactly(NYEPI);
        assertThat(calendar.addWorkingDays("5100", NYEPI.minusDays(1), 1)).isEqualTo(NYEPI.plusDays(1));

        verify(holidays, times(1)).datesFrom(eq("5100"), any());
    }

    @Test
    void aChangeOnThisNode_isReadAtOnce() {
        calendar.isWorkingDay("5100", NYEPI);
        LocalDate regional = NYEPI.plusDays(1);
        when(holidays.datesFrom(eq("5100"), any())).thenReturn(List.of(NYEPI, regional));

        calendar.holidaysChanged(new HolidaysChanged("5100", regional));

        assertThat(calendar.isWorkingDay("5100", regional)).isFalse();
    }

    @Test
    void aChangeOnAnotherNode_isReadAfterAMinute() {
        calendar.isWorkingDay("5100", NYEPI);
        LocalDate regional = NYEPI.plusDays(1);
        when(holidays.datesFrom(eq("5100"), any())).thenReturn(List.of(NYEPI, regional));

        assertThat(calendar.isWorkingDay("5100", regional)).as("still the holidays read a moment ago").isTrue();
        clock.advance(WorkingDayCalendar.FRESH_FOR.plusSeconds(1));
        assertThat(calendar.isWorkingDay("5100", regional)).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
