package id.go.bps.pst.customer.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<CustomerAccount, Long> {

    Optional<CustomerAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    Optional<CustomerAccount> findFirstByIdentityKindAndIdentityNumber(String identityKind, String identityNumber);
}
