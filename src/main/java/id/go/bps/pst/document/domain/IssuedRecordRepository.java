package id.go.bps.pst.document.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** JPQL rather than derived queries on the sale's path: see {@link DocumentRecordRepository}. */
public interface IssuedRecordRepository extends JpaRepository<IssuedRecord, Long> {

    @Query("select i from IssuedRecord i where i.documentId = :documentId")
    Optional<IssuedRecord> findByDocumentId(@Param("documentId") long documentId);

    @Query("select i from IssuedRecord i where i.verificationCode = :verificationCode")
    Optional<IssuedRecord> findByVerificationCode(@Param("verificationCode") String verificationCode);

    /** By request, not by a list of ids: one SQL shape whatever the count, so Hibernate's plan cache keeps it. */
    @Query("select i from IssuedRecord i where i.documentId in"
            + " (select d.id from DocumentRecord d where d.requestNumber = :requestNumber)")
    List<IssuedRecord> ofRequest(@Param("requestNumber") String requestNumber);

    boolean existsByNumber(String number);
}
