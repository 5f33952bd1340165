package id.go.bps.pst.tariff.domain;

import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.tariff.CustomerSegment;
import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.tariff.RequiredDocument;
import id.go.bps.pst.tariff.ZeroRupiah;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

import id.go.bps.pst.platform.ModelConstants;

/**
 * The sale rules an administrator may change, kept as DMN in {@code processes/}: who gets Rp0 with which letter
 * ({@value #ZERO_RUPIAH}) and which documents a sale needs ({@value #REQUIRED_DOCUMENTS}).
 */
@Component
@ModelConstants
public class SaleRules {

    public static final String ZERO_RUPIAH = "Decision_ZeroRupiahEligibility";
    public static final String REQUIRED_DOCUMENTS = "Decision_RequiredDocuments";

    private final DecisionEvaluator decisions;

    public SaleRules(DecisionEvaluator decisions) {
        this.decisions = decisions;
    }

    public ZeroRupiah zeroRupiah(CustomerSegment segment, Purpose purpose) {
        DmnDecisionResult result = decisions.evaluate(ZERO_RUPIAH,
                Map.of("segment", segment.name(), "purpose", purpose.name()));
        DmnDecisionResultEntries first = result.getFirstResult();
        if (first == null || !Boolean.TRUE.equals(first.getEntryMap().get("eligible"))) {
            return ZeroRupiah.notEligible();
        }
        // An empty output cell leaves the entry out of the result (getEntry would fail), so read the map.
        Object letter = first.getEntryMap().get("letter");
        return new ZeroRupiah(true, letter == null ? null : document((String) letter));
    }

    /** The documents for a cart: the decision is per product type, so it runs once per type and the sets merge. */
    public Set<RequiredDocument> documents(CustomerSegment segment, Collection<ProductType> productTypes,
                                           boolean zeroRupiah, boolean abroad) {
        Set<RequiredDocument> documents = EnumSet.noneOf(RequiredDocument.class);
        Set<ProductType> distinctTypes = EnumSet.noneOf(ProductType.class);
        distinctTypes.addAll(productTypes);
        for (ProductType type : distinctTypes) {
            DmnDecisionResult result = decisions.evaluate(REQUIRED_DOCUMENTS, Map.of("segment", segment.name(),
                    "productType", type.name(), "zeroRupiah", zeroRupiah, "abroad", abroad));
            for (String code : result.<String>collectEntries("document")) {
                documents.add(document(code));
            }
        }
        return documents;
    }

    private static RequiredDocument document(String code) {
        try {
            return RequiredDocument.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A sale-rule decision returned an unknown document code: " + code, e);
        }
    }
}
