package id.go.bps.pst.request;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the online sale, in the office's working days.
 *
 * @param missingDocumentWorkingDays how long a customer has to send a missing document before the request is
 *                                   cancelled (default 5)
 * @param revisionWindowWorkingDays  how long after delivery a customer may ask for a revision before the request
 *                                   closes by itself (default 5)
 */
@ConfigurationProperties("pst.sale")
public record SaleSettings(Integer missingDocumentWorkingDays, Integer revisionWindowWorkingDays) {

    public SaleSettings {
        missingDocumentWorkingDays = missingDocumentWorkingDays == null ? 5 : missingDocumentWorkingDays;
        revisionWindowWorkingDays = revisionWindowWorkingDays == null ? 5 : revisionWindowWorkingDays;
    }
}
