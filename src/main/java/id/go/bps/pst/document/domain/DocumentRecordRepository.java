package id.go.bps.pst.document.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import id.go.bps.pst.document.DocumentKind;

public interface DocumentRecordRepository extends JpaRepository<DocumentRecord, Long> {

    List<DocumentRecord> findByRequestNumberOrderByIdAsc(String requestNumber);

    Optional<DocumentRecord> findByIdAndRequestNumber(Long id, String requestNumber);

    List<DocumentRecord> findByRequestNumberAndKindAndSupersededFalse(String requestNumber, DocumentKind kind);

    long countByRequestNumberAndKind(String requestNumber, DocumentKind kind);

    /** Marks the documents {@code newer} replaces as superseded; they stay, for the record. */
    default void supersedeOlder(DocumentRecord newer) {
        findByRequestNumberAndKindAndSupersededFalse(newer.requestNumber(), newer.kind()).stream()
                .filter(older -> older.isReplacedBy(newer))
                .forEach(DocumentRecord::supersede);
    }
}
