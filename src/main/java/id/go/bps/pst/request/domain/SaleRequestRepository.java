package id.go.bps.pst.request.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SaleRequestRepository extends JpaRepository<SaleRequest, Long> {

    /**
     * Written out in JPQL: a derived query is a new criteria query on each call, which Hibernate translates to SQL
     * again every time (its plan cache keeps JPQL strings only). This one runs about 30 times per sale (every status
     * change, customer action and notice), at a third of the CPU once cached (benchmark, README).
     */
    @Query("select r from SaleRequest r where r.number = :number")
    Optional<SaleRequest> findByNumber(String number);

    @Query("select r from SaleRequest r where r.customerId = :customerId order by r.createdAt desc")
    List<SaleRequest> findByCustomerIdOrderByCreatedAtDesc(long customerId);
}
