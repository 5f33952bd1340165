package id.go.bps.pst.document.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import id.go.bps.pst.document.DocumentKind;

/**
 * The queries every upload, issue and download runs are written out in JPQL: a derived query is a new criteria query
 * on each call, which Hibernate translates to SQL again every time (its plan cache keeps JPQL strings only).
 */
public interface DocumentRecordRepository extends JpaRepository<DocumentRecord, Long> {

    @Query("select d from DocumentRecord d where d.requestNumber = :requestNumber order by d.id asc")
    List<DocumentRecord> findByRequestNumberOrderByIdAsc(@Param("requestNumber") String requestNumber);

    @Query("select d from DocumentRecord d where d.id = :id and d.requestNumber = :requestNumber")
    Optional<DocumentRecord> findByIdAndRequestNumber(@Param("id") Long id,
                                                      @Param("requestNumber") String requestNumber);

    @Query("select d from DocumentRecord d where d.requestNumber = :requestNumber and d.kind = :kind"
            + " and d.superseded = false")
    List<DocumentRecord> findByRequestNumberAndKindAndSupersededFalse(@Param("requestNumber") String requestNumber,
                                                                      @Param("kind") DocumentKind kind);

    @Query("select count(d) from DocumentRecord d where d.requestNumber = :requestNumber and d.kind = :kind")
    long countByRequestNumberAndKind(@Param("requestNumber") String requestNumber, @Param("kind") DocumentKind kind);

    /** Marks the documents {@code newer} replaces as superseded; they stay, for the record. */
    default void supersedeOlder(DocumentRecord newer) {
        findByRequestNumberAndKindAndSupersededFalse(newer.requestNumber(), newer.kind()).stream()
                .filter(older -> older.isReplacedBy(newer))
                .forEach(DocumentRecord::supersede);
    }
}
