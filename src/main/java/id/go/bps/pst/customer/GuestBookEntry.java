package id.go.bps.pst.customer;

import id.go.bps.pst.tariff.CustomerSegment;

/**
 * A visitor as the desk's guest book records them (seed 001 walk-in step 4, seed 003 step 3): the identity card's
 * kind ({@code NIK} for a KTP, {@code SIM}, {@code PASSPORT}) and number are already validated by the caller.
 */
public record GuestBookEntry(String email, String displayName, CustomerSegment segment, String institution,
                             String identityKind, String identityNumber, String countryCode) {
}
