package id.go.bps.pst.office;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.office.domain.Office;
import id.go.bps.pst.office.domain.OfficeRepository;
import id.go.bps.pst.platform.ApiProblem;

/**
 * The public face of the office module. Offices are reference data (Liquibase, context {@code reference}): they
 * change only with a release, so an office once read is kept. A sale reads its office about a dozen times (quote,
 * every notice, every issued document, each deadline), each a query of the office and its collections.
 */
@Service
@Transactional(readOnly = true)
public class Offices {

    private final OfficeRepository repository;
    /** Known offices only, so unknown codes from the public API cannot grow it. */
    private final Map<String, OfficeView> known = new ConcurrentHashMap<>();

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
        OfficeView cached = known.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<OfficeView> found = repository.findById(code).map(Office::view);
        found.ifPresent(office -> known.put(code, office));
        return found;
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
