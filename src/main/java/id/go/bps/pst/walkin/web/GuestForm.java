package id.go.bps.pst.walkin.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.tariff.CustomerSegment;
import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.walkin.GuestEntry;
import id.go.bps.pst.walkin.IdCardType;

/**
 * The guest-book form of the visit page as typed (text only, so nothing typed is lost on a refusal). The checks
 * themselves are the guest book's ({@code GuestBook}); here only "is it filled in" and which field a refusal names.
 */
record GuestForm(String name, String idType, String idNumber, String email, String institution, String segment,
                 String purpose, String countryCode) {

    static GuestForm empty() {
        return new GuestForm(null, IdCardType.KTP.name(), null, null, null, null, null, null);
    }

    /** The form prefilled from a returning visitor's account; the ID card as the officer typed it for the search. */
    static GuestForm of(CustomerView known, String idType, String idNumber) {
        return new GuestForm(known.displayName(), idType, idNumber, known.email(), known.institution(),
                known.segment().name(), null, known.countryCode());
    }

    /** Blank fields and unknown choices, each next to its field; empty when the guest book may check the rest. */
    Map<String, String> missing() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(name)) {
            errors.put("name", "Tulis nama pengunjung.");
        }
        if (parse(IdCardType.class, idType) == null) {
            errors.put("idType", "Pilih jenis kartu identitas: KTP, SIM atau paspor.");
        }
        if (blank(idNumber)) {
            errors.put("idNumber", "Tulis nomor kartu identitas.");
        }
        if (blank(email)) {
            errors.put("email", "Tulis alamat email: invoice dan kuitansi dikirim ke sana.");
        }
        if (parse(CustomerSegment.class, segment) == null) {
            errors.put("segment", "Pilih segmen pengunjung.");
        }
        if (parse(Purpose.class, purpose) == null) {
            errors.put("purpose", "Pilih tujuan penggunaan data.");
        }
        return errors;
    }

    GuestEntry entry() {
        return new GuestEntry(name, parse(IdCardType.class, idType), idNumber, email, institution,
                parse(CustomerSegment.class, segment), parse(Purpose.class, purpose), countryCode);
    }

    /** The field a refusal of the guest book is about; null for a refusal of the whole visit. */
    static String fieldOf(ApiProblem problem) {
        String code = problem.code();
        if (code.startsWith("nik.") || code.startsWith("walkin.sim") || code.startsWith("walkin.passport")) {
            return "idNumber";
        }
        if (code.startsWith("email.")) {
            return "email";
        }
        return switch (code) {
            case "walkin.guest.name" -> "name";
            case "walkin.guest.id-type" -> "idType";
            case "walkin.guest.segment" -> "segment";
            case "walkin.guest.country" -> "countryCode";
            default -> null;
        };
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
