package id.go.bps.pst.walkin.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    Optional<Consultation> findByVisitId(long visitId);
}
