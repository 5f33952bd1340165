package id.go.bps.pst.tariff.domain;

import id.go.bps.pst.platform.ApiProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the tariff schedule in force on a day. */
@Component
public class ScheduleFinder {

    private final TariffScheduleRepository repository;

    public ScheduleFinder(TariffScheduleRepository repository) {
        this.repository = repository;
    }

    /** The schedule in force on the date, or a 422 problem: without a regulation no price can be given. */
    public TariffSchedule inForceOn(LocalDate date) {
        List<TariffSchedule> candidates = repository.findByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(date);
        return pick(candidates, date).orElseThrow(() -> noScheduleOn(date));
    }

    /** When schedules overlap (a successor published before the old one was closed), the newer one wins. */
    static Optional<TariffSchedule> pick(List<TariffSchedule> candidates, LocalDate date) {
        return candidates.stream()
                .filter(schedule -> schedule.isInForceOn(date))
                .max(Comparator.comparing(TariffSchedule::effectiveFrom));
    }

    private static ApiProblem noScheduleOn(LocalDate date) {
        String day = date.format(DateTimeFormatter.ISO_LOCAL_DATE);
        return ApiProblem.unprocessable("tariff.noScheduleInForce",
                "Tidak ada tarif PNBP yang berlaku pada tanggal " + day + ".",
                "No PNBP tariff is in force on " + day + ".");
    }
}
