package id.go.bps.pst.document.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DownloadLogRepository extends JpaRepository<DownloadLogEntry, Long> {

    List<DownloadLogEntry> findByRequestNumberOrderByIdAsc(String requestNumber);
}
