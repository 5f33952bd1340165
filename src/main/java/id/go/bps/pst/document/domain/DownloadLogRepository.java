package id.go.bps.pst.document.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DownloadLogRepository extends JpaRepository<DownloadLogEntry, Long> {

    @Query("select e from DownloadLogEntry e where e.requestNumber = :requestNumber order by e.id asc")
    List<DownloadLogEntry> findByRequestNumberOrderByIdAsc(String requestNumber);
}
