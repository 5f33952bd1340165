package id.go.bps.pst.calendar.domain;

import id.go.bps.pst.office.Offices;
import id.go.bps.pst.platform.ApiProblem;

/** What makes a new holiday acceptable; each broken rule is a 400 explained in both languages. */
final class HolidayRules {

    static final int MAX_NAME_LENGTH = 200;

    private HolidayRules() {
    }

    static void check(NewHoliday spec, Offices offices) {
        require(spec.date() != null, "calendar.holiday-date-required",
                "Tanggal hari libur wajib diisi (format YYYY-MM-DD).", "The holiday date is required (YYYY-MM-DD).");
        require(spec.kind() != null, "calendar.holiday-kind-required",
                "Jenis hari libur wajib diisi: NATIONAL_HOLIDAY, COLLECTIVE_LEAVE atau REGIONAL_HOLIDAY.",
                "The holiday kind is required: NATIONAL_HOLIDAY, COLLECTIVE_LEAVE or REGIONAL_HOLIDAY.");
        require(spec.name() != null && !spec.name().isBlank() && spec.name().length() <= MAX_NAME_LENGTH,
                "calendar.holiday-name-invalid",
                "Nama hari libur wajib diisi, paling panjang " + MAX_NAME_LENGTH + " karakter.",
                "The holiday name is required, at most " + MAX_NAME_LENGTH + " characters.");
        if (spec.kind().isRegional()) {
            require(spec.officeCode() != null && offices.find(spec.officeCode()).isPresent(),
                    "calendar.regional-holiday-office-required",
                    "Libur daerah wajib menyebut kode kantor BPS yang terdaftar.",
                    "A regional holiday needs the code of an existing BPS office.");
        } else {
            require(spec.officeCode() == null, "calendar.national-holiday-office-forbidden",
                    "Libur nasional dan cuti bersama berlaku untuk semua kantor: kode kantor tidak boleh diisi.",
                    "National holidays and collective leave apply to every office: leave the office code out.");
        }
    }

    private static void require(boolean rule, String code, String id, String en) {
        if (!rule) {
            throw ApiProblem.badRequest(code, id, en);
        }
    }
}
