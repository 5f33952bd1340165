package id.go.bps.pst.customer.domain;

import id.go.bps.pst.tariff.CustomerSegment;

/** What an account is created from (registration, or the demo data). */
public record NewCustomer(String email, String displayName, CustomerSegment segment, String institution,
                          String identityKind, String identityNumber, String npwp, String countryCode) {
}
