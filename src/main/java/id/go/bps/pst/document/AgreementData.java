package id.go.bps.pst.document;

import java.util.List;

/**
 * What a data-use agreement (SPPD) for microdata and maps names: the parties, the purpose from the abstract and the
 * data. Handed in by the module that owns the request; frozen at issue time.
 *
 * @param officialTitle    who signs for BPS; null prints "Kepala " + office name
 * @param customerIdentity the identity the customer registered with (e.g. "KTP 3374..."), printed for the
 *                         signature only; null leaves a line to fill in by hand
 * @param purpose          the purpose of use from the abstract
 */
public record AgreementData(String requestNumber, String officeCode, String officeName, String officialTitle,
                            String customerName, String institution, String customerIdentity, String purpose,
                            List<AgreementItem> items) {

    public AgreementData {
        Required.text(requestNumber, "requestNumber");
        Required.text(officeName, "officeName");
        Required.text(customerName, "customerName");
        Required.text(purpose, "purpose");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("An agreement needs at least one dataset or map: " + requestNumber);
        }
        officialTitle = officialTitle == null || officialTitle.isBlank() ? "Kepala " + officeName : officialTitle;
    }
}
