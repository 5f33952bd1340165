package id.go.bps.pst.document.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DownloadGrantRepository extends JpaRepository<DownloadGrant, Long> {

    List<DownloadGrant> findByRequestNumberOrderByIdAsc(String requestNumber);

    List<DownloadGrant> findByRequestNumberAndSupersededFalse(String requestNumber);

    /** The id of a document's newest grant, the one that counts (a re-delivery supersedes the older ones). */
    @Query("select max(g.id) from DownloadGrant g where g.documentId = :documentId")
    Optional<Long> newestFor(@Param("documentId") long documentId);

    /** Locked until the transaction ends, so two parallel downloads cannot both take the last one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from DownloadGrant g where g.id = :id")
    Optional<DownloadGrant> lockById(@Param("id") long id);
}
