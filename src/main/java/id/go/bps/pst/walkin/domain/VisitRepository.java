package id.go.bps.pst.walkin.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.bps.pst.walkin.VisitStatus;

public interface VisitRepository extends JpaRepository<Visit, Long> {

    @Query("select v from Visit v where v.officeCode = ?1 and v.serviceDay = ?2 order by v.arrivedAt, v.id")
    List<Visit> ofDay(String officeCode, LocalDate day);

    @Query("select v from Visit v where v.officeCode = ?1 and v.serviceDay = ?2 and v.status = ?3 "
            + "order by v.queueNumber, v.id")
    List<Visit> ofDayInStatus(String officeCode, LocalDate day, VisitStatus status);

    @Query("select v from Visit v where v.officeCode = ?1 and v.serviceDay = ?2 and v.queueNumber = ?3")
    Optional<Visit> byNumber(String officeCode, LocalDate day, int queueNumber);

    @Query("select v from Visit v where v.officeCode = ?1 and v.desk = ?2 and v.status = ?3")
    List<Visit> atDesk(String officeCode, String desk, VisitStatus status);
}
