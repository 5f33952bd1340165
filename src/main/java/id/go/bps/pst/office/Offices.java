package id.go.bps.pst.office;

import java.util.List;
import java.util.Optional;

/** The public face of the office module. */
public class Offices {

    public List<OfficeView> all() {
        throw new UnsupportedOperationException("implemented by the office work");
    }

    public Optional<OfficeView> find(String code) {
        throw new UnsupportedOperationException("implemented by the office work");
    }

    /** The office, or a 404 {@code ApiProblem} naming the unknown code in both languages. */
    public OfficeView require(String code) {
        throw new UnsupportedOperationException("implemented by the office work");
    }
}
