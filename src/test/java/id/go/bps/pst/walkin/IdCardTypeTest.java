package id.go.bps.pst.walkin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guest book's identity cards (seed 001 walk-in requirement 2) and their number formats. */
class IdCardTypeTest {

    @ParameterizedTest(name = "{0} {1}: valid {2}, stored as {3}, code {4}")
    @CsvSource(nullValues = "-", value = {
            "KTP,      3374011708850003,   true,  3374011708850003, -",
            "KTP,      3374011708850,      false, -,                nik.length",
            "KTP,      3374013208850003,   false, -,                nik.day",
            "SIM,      1234-5678-9012,     true,  123456789012,     -",
            "SIM,      12345678901234,     true,  12345678901234,   -",
            "SIM,      1234567890123,      false, -,                walkin.sim.format",
            "SIM,      12345678901A,       false, -,                walkin.sim.format",
            "PASSPORT, c 1234567,          true,  C1234567,         -",
            "PASSPORT, PA1234567,          true,  PA1234567,        -",
            "PASSPORT, 12345678,           false, -,                walkin.passport.format",
            "PASSPORT, A123,               false, -,                walkin.passport.format",
    })
    void check(IdCardType type, String raw, boolean valid, String normalized, String code) {
        var check = type.check(raw);

        assertThat(check.valid()).isEqualTo(valid);
        assertThat(check.normalized()).isEqualTo(normalized);
        if (!valid) {
            assertThat(check.code()).startsWith(code);
            assertThat(check.message().id()).isNotBlank();
            assertThat(check.message().en()).isNotBlank();
        }
    }
}
