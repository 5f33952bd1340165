package id.go.bps.pst.request.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.go.bps.pst.calendar.WorkingDayCalendar;
import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;
import id.go.bps.pst.request.SaleSettings;

/**
 * Timer dates of the online sale in the office's working days: a deadline is the close of the office's N-th working
 * day after today, in the office's time zone (weekends, holidays and cuti bersama do not count).
 */
@Component
public class SaleDeadlines {

    private final WorkingDayCalendar calendar;
    private final Offices offices;
    private final SaleSettings settings;

    SaleDeadlines(WorkingDayCalendar calendar, Offices offices, SaleSettings settings) {
        this.calendar = calendar;
        this.offices = offices;
        this.settings = settings;
    }

    /** When a request waiting for a missing document is cancelled. */
    public Date missingDocumentDue(DelegateExecution execution) {
        return closeOfWorkingDay(office(execution), settings.missingDocumentWorkingDays());
    }

    /** When a delivered request without a revision request closes by itself. */
    public Date revisionWindowEnds(DelegateExecution execution) {
        return closeOfWorkingDay(office(execution), settings.revisionWindowWorkingDays());
    }

    Date closeOfWorkingDay(String officeCode, int workingDays) {
        return Date.from(closeOfWorkingDay(officeCode, ClockUtil.getCurrentTime().toInstant(), workingDays));
    }

    /** The close of the office's N-th working day after the day (in the office's zone) of {@code from}. */
    public Instant closeOfWorkingDay(String officeCode, Instant from, int workingDays) {
        OfficeView office = offices.require(officeCode);
        LocalDate start = ZonedDateTime.ofInstant(from, office.zone()).toLocalDate();
        LocalDate day = calendar.addWorkingDays(officeCode, start, workingDays);
        return day.atTime(office.closesAt()).atZone(office.zone()).toInstant();
    }

    private static String office(DelegateExecution execution) {
        return (String) execution.getVariable("officeCode");
    }
}
