package id.go.bps.pst.office.domain;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Offices by their 4-digit BPS code. */
public interface OfficeRepository extends JpaRepository<Office, String> {

    @EntityGraph(attributePaths = "complaintChannels")
    List<Office> findAllByOrderByCodeAsc();
}
