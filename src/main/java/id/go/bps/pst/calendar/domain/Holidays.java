package id.go.bps.pst.calendar.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.calendar.HolidaysChanged;
import id.go.bps.pst.office.Offices;
import id.go.bps.pst.platform.ApiProblem;

/**
 * Admin upkeep of the holiday table. Islamic holidays can be moved mid-year by decree, so the table is edited at run
 * time; every change is audited and announced as {@link HolidaysChanged} so running deadlines can be recomputed.
 * The event is published inside the transaction: a listener that must see the committed table uses
 * {@code @TransactionalEventListener}.
 */
@Service
@Transactional
public class Holidays {

    private final HolidayRepository holidays;
    private final HolidayAuditRepository audit;
    private final Offices offices;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    public Holidays(HolidayRepository holidays, HolidayAuditRepository audit, Offices offices,
                    ApplicationEventPublisher events) {
        this.holidays = holidays;
        this.audit = audit;
        this.offices = offices;
        this.events = events;
    }

    /** Holidays of a year (or all years), for every office or for one office (national plus its regional ones). */
    @Transactional(readOnly = true)
    public List<HolidayView> list(Year year, String officeCode) {
        LocalDate from = year == null ? LocalDate.of(1, 1, 1) : year.atDay(1);
        LocalDate to = year == null ? LocalDate.of(9999, 12, 31) : year.atMonth(12).atEndOfMonth();
        List<Holiday> found = officeCode == null
                ? holidays.findBetween(from, to)
                : holidays.findForOfficeBetween(offices.require(officeCode).code(), from, to);
        return found.stream().map(Holiday::view).toList();
    }

    @Transactional(readOnly = true)
    public HolidayView require(long id) {
        return find(id).view();
    }

    public HolidayView create(NewHoliday spec, String admin) {
        HolidayRules.check(spec, offices);
        if (exists(spec)) {
            throw duplicate(spec);
        }
        Instant now = clock.instant();
        Holiday holiday = save(new Holiday(spec, admin, now), spec);
        audit.save(holiday.audit(AuditAction.CREATED, admin, now));
        events.publishEvent(new HolidaysChanged(holiday.officeCode(), holiday.date()));
        return holiday.view();
    }

    public void delete(long id, String admin) {
        Holiday holiday = find(id);
        holidays.delete(holiday);
        audit.save(holiday.audit(AuditAction.DELETED, admin, clock.instant()));
        events.publishEvent(new HolidaysChanged(holiday.officeCode(), holiday.date()));
    }

    private Holiday save(Holiday holiday, NewHoliday spec) {
        try {
            return holidays.saveAndFlush(holiday);
        } catch (DataIntegrityViolationException raced) {
            // Two admins adding the same regional holiday at once: the unique constraint decides.
            throw duplicate(spec);
        }
    }

    private static ApiProblem duplicate(NewHoliday spec) {
        return ApiProblem.conflict("calendar.holiday-duplicate",
                "Hari libur " + spec.kind() + " pada " + spec.date() + " sudah ada.",
                "A " + spec.kind() + " on " + spec.date() + " already exists.");
    }

    private boolean exists(NewHoliday spec) {
        return spec.officeCode() == null
                ? holidays.existsByDateAndKindAndOfficeCodeIsNull(spec.date(), spec.kind())
                : holidays.existsByDateAndKindAndOfficeCode(spec.date(), spec.kind(), spec.officeCode());
    }

    private Holiday find(long id) {
        return holidays.findById(id).orElseThrow(() -> ApiProblem.notFound("calendar.holiday-not-found",
                "Hari libur dengan id " + id + " tidak ditemukan.",
                "There is no holiday with id " + id + "."));
    }
}
