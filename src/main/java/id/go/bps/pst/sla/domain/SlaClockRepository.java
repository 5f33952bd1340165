package id.go.bps.pst.sla.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Clocks by request number (one clock per request). */
public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    // JPQL, not derived: it runs at every status change of a sale (see SaleRequestRepository)
    @Query("select c from SlaClock c where c.requestNumber = :requestNumber")
    Optional<SlaClock> findByRequestNumber(String requestNumber);

    @Query("select case when count(c) > 0 then true else false end from SlaClock c"
            + " where c.requestNumber = :requestNumber")
    boolean existsByRequestNumber(String requestNumber);

    @Query("select c.requestNumber from SlaClock c where c.state <> id.go.bps.pst.sla.ClockState.STOPPED"
            + " order by c.requestNumber")
    List<String> openRequestNumbers();

    @Query("select c from SlaClock c where c.state <> id.go.bps.pst.sla.ClockState.STOPPED")
    List<SlaClock> findOpen();

    @Query("select c from SlaClock c where c.state <> id.go.bps.pst.sla.ClockState.STOPPED and c.officeCode = ?1")
    List<SlaClock> findOpenOfOffice(String officeCode);
}
