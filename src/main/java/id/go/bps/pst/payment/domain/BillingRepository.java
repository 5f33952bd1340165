package id.go.bps.pst.payment.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import id.go.bps.pst.payment.BillingCodeStatus;

public interface BillingRepository extends JpaRepository<Billing, Long> {

    Optional<Billing> findByCode(String code);

    /** The newest code of a request: the one the customer is asked to pay. */
    Optional<Billing> findFirstByRequestNumberOrderByIdDesc(String requestNumber);

    List<Billing> findByRequestNumberAndStatus(String requestNumber, BillingCodeStatus status);
}
