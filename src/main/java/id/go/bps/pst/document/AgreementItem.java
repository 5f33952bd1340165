package id.go.bps.pst.document;

import java.util.List;

/**
 * One dataset or map the agreement covers.
 *
 * @param variables chosen variables; empty means the whole dataset
 * @param regions   chosen regions (codes or names); empty means every region of the dataset
 */
public record AgreementItem(String productCode, String title, List<String> variables, List<String> regions) {

    public AgreementItem {
        Required.text(productCode, "productCode");
        Required.text(title, "title");
        variables = variables == null ? List.of() : List.copyOf(variables);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}
