package id.go.bps.pst.sla.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Clocks by request number (one clock per request). */
public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    Optional<SlaClock> findByRequestNumber(String requestNumber);

    boolean existsByRequestNumber(String requestNumber);
}
