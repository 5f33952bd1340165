package id.go.bps.pst.document.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuedRecordRepository extends JpaRepository<IssuedRecord, Long> {

    Optional<IssuedRecord> findByDocumentId(long documentId);

    Optional<IssuedRecord> findByVerificationCode(String verificationCode);

    List<IssuedRecord> findByDocumentIdIn(Collection<Long> documentIds);

    boolean existsByNumber(String number);
}
