package id.go.bps.pst.payment.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    Optional<Payment> findByNtpn(String ntpn);

    Optional<Payment> findByRequestNumber(String requestNumber);
}
