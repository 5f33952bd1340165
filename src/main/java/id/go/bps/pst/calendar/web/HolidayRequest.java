package id.go.bps.pst.calendar.web;

import java.util.Arrays;

import id.go.bps.pst.calendar.domain.HolidayKind;
import id.go.bps.pst.calendar.domain.NewHoliday;
import id.go.bps.pst.platform.ApiProblem;

/** The admin's JSON for a new holiday, kept as text so that every bad field gets a bilingual answer. */
record HolidayRequest(String date, String kind, String name, String officeCode) {

    NewHoliday toNewHoliday() {
        return new NewHoliday(Params.date("date", date), parsedKind(), Params.optionalText(name),
                Params.optionalText(officeCode));
    }

    private HolidayKind parsedKind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Arrays.stream(HolidayKind.values())
                .filter(k -> k.name().equalsIgnoreCase(kind.trim()))
                .findFirst()
                .orElseThrow(() -> ApiProblem.badRequest("calendar.holiday-kind-invalid",
                        "Jenis hari libur harus NATIONAL_HOLIDAY, COLLECTIVE_LEAVE atau REGIONAL_HOLIDAY.",
                        "The holiday kind must be NATIONAL_HOLIDAY, COLLECTIVE_LEAVE or REGIONAL_HOLIDAY."));
    }
}
