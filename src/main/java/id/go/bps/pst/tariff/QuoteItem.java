package id.go.bps.pst.tariff;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One product in a cart to price.
 *
 * @param pages     publications only: overrides the catalogue's page count
 * @param bytes     microdata only: overrides the size estimated from the chosen variables and regions
 * @param variables microdata only: chosen variable names (none = all)
 * @param regions   microdata only: chosen region codes (none = all)
 * @param processed microdata only: true for processed (tabulated) data, which has its own tariff
 */
public record QuoteItem(
        @NotBlank(message = "{pst.tariff.productCode.required}")
        @Size(max = 64, message = "{pst.tariff.productCode.tooLong}") String productCode,
        @Min(value = 1, message = "{pst.tariff.pages.min}") Integer pages,
        @Min(value = 1, message = "{pst.tariff.bytes.min}") Long bytes,
        @Size(max = 1000, message = "{pst.tariff.variables.tooMany}")
        List<@NotBlank(message = "{pst.tariff.name.blank}") String> variables,
        @Size(max = 1000, message = "{pst.tariff.regions.tooMany}")
        List<@NotBlank(message = "{pst.tariff.name.blank}") String> regions,
        Boolean processed) {

    public static QuoteItem of(String productCode) {
        return new QuoteItem(productCode, null, null, null, null, null);
    }

    public boolean isProcessed() {
        return Boolean.TRUE.equals(processed);
    }

    public boolean choosesVariablesOrRegions() {
        return (variables != null && !variables.isEmpty()) || (regions != null && !regions.isEmpty());
    }
}
