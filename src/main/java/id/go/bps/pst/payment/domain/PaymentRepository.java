package id.go.bps.pst.payment.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    // JPQL, not derived: see SaleRequestRepository (a derived query is translated to SQL again on every call).
    @Query("select p from Payment p where p.ntpn = :ntpn")
    Optional<Payment> findByNtpn(String ntpn);

    @Query("select p from Payment p where p.requestNumber = :requestNumber")
    Optional<Payment> findByRequestNumber(String requestNumber);
}
