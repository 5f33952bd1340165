package id.go.bps.pst.customer;

import id.go.bps.pst.tariff.CustomerSegment;

/**
 * A new customer's registration, as checked by the registration page: identity is a NIK for residents of Indonesia
 * and a passport number abroad; the NPWP is required of the private segment at home (seed 000).
 *
 * @param identityKind {@code NIK} or {@code PASSPORT}
 * @param countryCode  ISO 3166 alpha-2; {@code ID} is domestic, anything else abroad
 */
public record Registration(String email, String password, String displayName, CustomerSegment segment,
                           String institution, String identityKind, String identityNumber, String npwp,
                           String countryCode) {
}
