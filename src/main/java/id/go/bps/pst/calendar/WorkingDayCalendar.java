package id.go.bps.pst.calendar;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.calendar.domain.HolidayRepository;
import id.go.bps.pst.calendar.domain.WorkingDays;
import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;

/**
 * The public face of the calendar module: working days per office. A day is a working day for an office when its
 * weekday is one of the office's working weekdays and it is neither a national holiday, nor cuti bersama
 * (collective leave), nor a regional holiday of that office. Holidays are read on every call, so an admin's change
 * counts at once (online sales must be served within 10 working days, Perka BPS No. 78 Tahun 2020).
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    private final Offices offices;
    private final HolidayRepository holidays;

    public WorkingDayCalendar(Offices offices, HolidayRepository holidays) {
        this.offices = offices;
        this.holidays = holidays;
    }

    /** Whether the office serves customers on {@code date}; an unknown office is a 404 {@code ApiProblem}. */
    public boolean isWorkingDay(String officeCode, LocalDate date) {
        OfficeView office = offices.require(officeCode);
        return new WorkingDays(office.workingWeekdays(), holidays.datesBetween(officeCode, date, date))
                .isWorkingDay(date);
    }

    /**
     * The {@code days}-th working day strictly after {@code from} for the office, e.g. 1 answers the next working
     * day. With {@code days} 0 the answer is {@code from} itself when it is a working day, else the first working
     * day after it. {@code days} must be 0 to {@value WorkingDays#MAX_DAYS} (a 400 {@code ApiProblem} otherwise);
     * an unknown office is a 404 {@code ApiProblem}. The office's holidays from {@code from} on are read once.
     */
    public LocalDate addWorkingDays(String officeCode, LocalDate from, int days) {
        WorkingDays.requireInRange(days);
        OfficeView office = offices.require(officeCode);
        return new WorkingDays(office.workingWeekdays(), holidays.datesFrom(officeCode, from)).add(from, days);
    }

    /**
     * The office's non-working dates from {@code from} to {@code to} (both included) that are not weekends: national
     * holidays, cuti bersama and the office's regional holidays. Weekends follow from
     * {@code OfficeView.workingWeekdays()}. For the SLA clock, which counts working time within service hours; an
     * unknown office is a 404 {@code ApiProblem}.
     */
    public Set<LocalDate> nonWorkingDates(String officeCode, LocalDate from, LocalDate to) {
        return Set.copyOf(holidays.datesBetween(offices.require(officeCode).code(), from, to));
    }
}
