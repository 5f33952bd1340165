package id.go.bps.pst.calendar.web;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;

import id.go.bps.pst.platform.ApiProblem;

/**
 * Turns query parameters and body fields into values, with a bilingual 400 for a missing or malformed one (Spring's
 * own conversion errors carry no text a person can act on).
 */
final class Params {

    private Params() {
    }

    static LocalDate requiredDate(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiProblem.badRequest("calendar.param-required",
                    "Parameter '" + name + "' wajib diisi (tanggal YYYY-MM-DD).",
                    "Parameter '" + name + "' is required (a date, YYYY-MM-DD).");
        }
        return date(name, raw);
    }

    static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("calendar.date-invalid",
                    "'" + name + "' harus berupa tanggal dengan format YYYY-MM-DD, misalnya 2026-03-17.",
                    "'" + name + "' must be a date in the form YYYY-MM-DD, e.g. 2026-03-17.");
        }
    }

    static int requiredInt(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiProblem.badRequest("calendar.param-required",
                    "Parameter '" + name + "' wajib diisi (bilangan bulat).",
                    "Parameter '" + name + "' is required (a whole number).");
        }
        return (int) wholeNumber(name, raw, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static Year year(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Year.of((int) wholeNumber("year", raw, 1900, 9999));
    }

    static long id(String raw) {
        return wholeNumber("id", raw, 1, Long.MAX_VALUE);
    }

    static String optionalText(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    private static long wholeNumber(String name, String raw, long min, long max) {
        try {
            long number = Long.parseLong(raw.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw ApiProblem.badRequest("calendar.number-invalid",
                "'" + name + "' harus berupa bilangan bulat antara " + min + " dan " + max + ".",
                "'" + name + "' must be a whole number between " + min + " and " + max + ".");
    }
}
