package id.go.bps.pst.document.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** JPQL rather than derived queries on the sale's path: see {@link DocumentRecordRepository}. */
public interface DownloadGrantRepository extends JpaRepository<DownloadGrant, Long> {

    @Query("select g from DownloadGrant g where g.requestNumber = :requestNumber order by g.id asc")
    List<DownloadGrant> findByRequestNumberOrderByIdAsc(@Param("requestNumber") String requestNumber);

    @Query("select g from DownloadGrant g where g.requestNumber = :requestNumber and g.superseded = false")
    List<DownloadGrant> findByRequestNumberAndSupersededFalse(@Param("requestNumber") String requestNumber);

    /** The id of a document's newest grant, the one that counts (a re-delivery supersedes the older ones). */
    @Query("select max(g.id) from DownloadGrant g where g.documentId = :documentId")
    Optional<Long> newestFor(@Param("documentId") long documentId);

    /** Locked until the transaction ends, so two parallel downloads cannot both take the last one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from DownloadGrant g where g.id = :id")
    Optional<DownloadGrant> lockById(@Param("id") long id);
}
