package id.go.bps.pst.sla.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Clocks by request number (one clock per request). */
public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    Optional<SlaClock> findByRequestNumber(String requestNumber);

    boolean existsByRequestNumber(String requestNumber);

    @Query("select c from SlaClock c where c.state <> id.go.bps.pst.sla.ClockState.STOPPED")
    List<SlaClock> findOpen();

    @Query("select c from SlaClock c where c.state <> id.go.bps.pst.sla.ClockState.STOPPED and c.officeCode = ?1")
    List<SlaClock> findOpenOfOffice(String officeCode);
}
