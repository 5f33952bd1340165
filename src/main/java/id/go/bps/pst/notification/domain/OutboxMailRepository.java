package id.go.bps.pst.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The outbox table. Claims are plain conditional updates (no {@code SELECT ... FOR UPDATE SKIP LOCKED}), so they
 * work the same on H2 and PostgreSQL: of two nodes updating the same PENDING row, one counts 1 and the other 0.
 */
public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    @Query("select m.id from OutboxMail m where m.status = :status and m.nextAttemptAt <= :now order by m.id")
    List<Long> findDueIds(OutboxStatus status, Instant now, Pageable page);

    /** 1 when this node now owns the row, 0 when another node took it first (or it is no longer pending). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxMail m set m.status = :sending, m.claimedBy = :node, m.claimedAt = :now,"
            + " m.version = m.version + 1 where m.id = :id and m.status = :pending")
    int claim(Long id, String node, Instant now, OutboxStatus pending, OutboxStatus sending);

    /** Rows a node claimed and never settled (it stopped while sending): back to PENDING, the try counted. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxMail m set m.status = :pending, m.attempts = m.attempts + 1, m.claimedBy = null,"
            + " m.claimedAt = null, m.lastError = :reason, m.nextAttemptAt = :now, m.version = m.version + 1"
            + " where m.status = :sending and m.claimedAt < :claimedBefore")
    int releaseStale(Instant claimedBefore, Instant now, String reason, OutboxStatus pending, OutboxStatus sending);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from OutboxMail m where m.status in :settled and m.createdAt < :before")
    int purge(Collection<OutboxStatus> settled, Instant before);

    List<OutboxMail> findByRequestNumberOrderById(String requestNumber);
}
