package id.go.bps.pst.request.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestFeedbackRepository extends JpaRepository<RequestFeedback, Long> {

    List<RequestFeedback> findByRequestIdOrderByCreatedAt(long requestId);
}
