package id.go.bps.pst.calendar.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Holidays; "for an office" means the national ones (no office) plus that office's regional ones. */
public interface HolidayRepository extends JpaRepository<Holiday, Long> {

    @Query("select h.date from Holiday h where (h.officeCode is null or h.officeCode = :office)"
            + " and h.date >= :from")
    List<LocalDate> datesFrom(String office, LocalDate from);

    @Query("select h.date from Holiday h where (h.officeCode is null or h.officeCode = :office)"
            + " and h.date between :from and :to")
    List<LocalDate> datesBetween(String office, LocalDate from, LocalDate to);

    @Query("select h from Holiday h where h.date between :from and :to order by h.date, h.id")
    List<Holiday> findBetween(LocalDate from, LocalDate to);

    @Query("select h from Holiday h where (h.officeCode is null or h.officeCode = :office)"
            + " and h.date between :from and :to order by h.date, h.id")
    List<Holiday> findForOfficeBetween(String office, LocalDate from, LocalDate to);

    boolean existsByDateAndKindAndOfficeCode(LocalDate date, HolidayKind kind, String officeCode);

    boolean existsByDateAndKindAndOfficeCodeIsNull(LocalDate date, HolidayKind kind);
}
