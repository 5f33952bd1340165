package id.go.bps.pst.customer.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<CustomerAccount, Long> {

    // JPQL, not derived: see SaleRequestRepository (a derived query is translated to SQL again on every call).
    @Query("select c from CustomerAccount c where c.email = :email")
    Optional<CustomerAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    Optional<CustomerAccount> findFirstByIdentityKindAndIdentityNumber(String identityKind, String identityNumber);
}
