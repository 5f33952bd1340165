package id.go.bps.pst.calendar.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The append-only log of admin changes to holidays. */
public interface HolidayAuditRepository extends JpaRepository<HolidayAuditEntry, Long> {

    List<HolidayAuditEntry> findByHolidayIdOrderByIdAsc(Long holidayId);
}
