package id.go.bps.pst.tariff.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** Read access to the schedules; they change only through the changelog (reference data). */
public interface TariffScheduleRepository extends Repository<TariffSchedule, String> {

    /** Schedules that started on or before the date, newest first, with their lines loaded. */
    @EntityGraph(attributePaths = "lines")
    List<TariffSchedule> findByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate date);
}
