package id.go.bps.pst.payment.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.bps.pst.payment.BillingCodeStatus;

public interface BillingRepository extends JpaRepository<Billing, Long> {

    // JPQL, not derived: see SaleRequestRepository (a derived query is translated to SQL again on every call).
    @Query("select b from Billing b where b.code = :code")
    Optional<Billing> findByCode(String code);

    /** The newest code of a request: the one the customer is asked to pay. */
    @Query("select b from Billing b where b.requestNumber = :requestNumber order by b.id desc limit 1")
    Optional<Billing> findFirstByRequestNumberOrderByIdDesc(String requestNumber);

    @Query("select b from Billing b where b.requestNumber = :requestNumber and b.status = :status")
    List<Billing> findByRequestNumberAndStatus(String requestNumber, BillingCodeStatus status);
}
