package id.go.bps.pst.request.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RequestFeedbackRepository extends JpaRepository<RequestFeedback, Long> {

    @Query("select f from RequestFeedback f where f.requestId = :requestId order by f.createdAt")
    List<RequestFeedback> findByRequestIdOrderByCreatedAt(long requestId);
}
