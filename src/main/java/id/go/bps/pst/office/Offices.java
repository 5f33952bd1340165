package id.go.bps.pst.office;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.office.domain.Office;
import id.go.bps.pst.office.domain.OfficeRepository;
import id.go.bps.pst.platform.ApiProblem;

/** The public face of the office module. */
@Service
@Transactional(readOnly = true)
public class Offices {

    private final OfficeRepository repository;

    public Offices(OfficeRepository repository) {
        this.repository = repository;
    }

    public List<OfficeView> all() {
        return repository.findAllByOrderByCodeAsc().stream().map(Office::view).toList();
    }

    public Optional<OfficeView> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return repository.findById(code).map(Office::view);
    }

    /** The office, or a 404 {@code ApiProblem} naming the unknown code in both languages. */
    public OfficeView require(String code) {
        return find(code).orElseThrow(() -> ApiProblem.notFound("office.not-found",
                "Kantor BPS dengan kode " + code + " tidak ditemukan.",
                "There is no BPS office with code " + code + "."));
    }

    /** The office's local time zone (WIB, WITA or WIT), for deadlines and service hours; 404 like {@link #require}. */
    public ZoneId zoneOf(String code) {
        return require(code).zone();
    }
}
