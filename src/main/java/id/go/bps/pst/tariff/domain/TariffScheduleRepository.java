package id.go.bps.pst.tariff.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read access to the schedules; they change only through the changelog (reference data). */
public interface TariffScheduleRepository extends Repository<TariffSchedule, String> {

    /** Schedules that started on or before the date, newest first, with their lines loaded. */
    @Query("select distinct s from TariffSchedule s left join fetch s.lines where s.effectiveFrom <= :date"
            + " order by s.effectiveFrom desc")
    List<TariffSchedule> findByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate date);
}
