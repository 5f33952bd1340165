package id.go.bps.pst.catalog;

import java.util.Optional;
import java.util.Set;

/** The public face of the catalogue module for other modules. */
public class Catalog {

    /** The product with this code, if the catalogue has it. */
    public Optional<ProductFacts> facts(String code) {
        throw new UnsupportedOperationException("implemented by the catalogue work");
    }

    /**
     * The size in bytes of a microdata extract with the chosen variables and regions (all of them when a set is
     * empty). Unknown variable or region names are a bad request ({@code ApiProblem}).
     */
    public long estimateBytes(String code, Set<String> variables, Set<String> regions) {
        throw new UnsupportedOperationException("implemented by the catalogue work");
    }
}
