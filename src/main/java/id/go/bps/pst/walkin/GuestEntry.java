package id.go.bps.pst.walkin;

import id.go.bps.pst.tariff.CustomerSegment;
import id.go.bps.pst.tariff.Purpose;

/**
 * What the officer writes into the guest book (seed 001 walk-in step 4, seed 003 step 3). Checked by
 * {@link Desk#recordGuest}: every field but the institution is required, the ID number by its card's format.
 *
 * @param countryCode ISO 3166 code of the visitor's country; null means Indonesia
 */
public record GuestEntry(String name, IdCardType idType, String idNumber, String email, String institution,
                         CustomerSegment segment, Purpose purpose, String countryCode) {
}
