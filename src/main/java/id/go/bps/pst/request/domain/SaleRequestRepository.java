package id.go.bps.pst.request.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SaleRequestRepository extends JpaRepository<SaleRequest, Long> {

    Optional<SaleRequest> findByNumber(String number);

    List<SaleRequest> findByCustomerIdOrderByCreatedAtDesc(long customerId);
}
