package id.go.bps.pst.walkin.domain;

import java.util.Locale;

import id.go.bps.pst.customer.GuestBookEntry;
import id.go.bps.pst.identifiers.EmailAddress;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.walkin.GuestEntry;

/**
 * Checks a guest-book entry before it reaches the customer accounts: name, an identity card of a known kind with a
 * number in its format, an email address that can receive the invoice and receipt (seed 001 requirement 3), the
 * segment and the purpose. Each refusal is a 400 with its own code and a message in both languages.
 */
public final class GuestBook {

    private static final String DOMESTIC = "ID";

    private GuestBook() {
    }

    public static GuestBookEntry check(GuestEntry entry) {
        if (entry == null || entry.name() == null || entry.name().isBlank() || entry.name().length() > 200) {
            throw ApiProblem.badRequest("walkin.guest.name", "Tulis nama pengunjung (paling banyak 200 huruf).",
                    "Write the visitor's name (at most 200 characters).");
        }
        if (entry.idType() == null) {
            throw ApiProblem.badRequest("walkin.guest.id-type", "Pilih jenis kartu identitas: KTP, SIM atau paspor.",
                    "Choose the identity card: KTP, SIM or passport.");
        }
        String idNumber = entry.idType().check(entry.idNumber()).requireValid();
        String email = EmailAddress.check(entry.email()).requireValid();
        if (entry.segment() == null || entry.purpose() == null) {
            throw ApiProblem.badRequest("walkin.guest.segment", "Pilih segmen dan tujuan penggunaan data.",
                    "Choose the segment and the purpose of use.");
        }
        String country = entry.countryCode() == null || entry.countryCode().isBlank() ? DOMESTIC
                : entry.countryCode().trim().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw ApiProblem.badRequest("walkin.guest.country", "Kode negara: dua huruf (ISO 3166), misalnya ID.",
                    "Country code: two letters (ISO 3166), e.g. ID.");
        }
        String institution = entry.institution() == null || entry.institution().isBlank() ? null
                : entry.institution().trim();
        return new GuestBookEntry(email, entry.name().trim(), entry.segment(), institution,
                entry.idType().accountKind(), idNumber, country);
    }
}
