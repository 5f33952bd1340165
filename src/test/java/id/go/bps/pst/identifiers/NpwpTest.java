package id.go.bps.pst.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpwpTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # 16 digits: the NIK of a resident
            3301011508850001        | 3301011508850001
            # 16 digits: an entity, already prefixed
            0012345678901000        | 0012345678901000
            # legacy 15 digits, bare
            012345678901000         | 0012345678901000
            # legacy 15 digits, official punctuation
            01.234.567.8-901.000    | 0012345678901000
            # legacy, grouped with spaces
            '01 234 567 8 901 000 ' | 0012345678901000
            # 16 digits with dashes
            3301-0115-0885-0001     | 3301011508850001
            """)
    void validNpwp_isNormalisedTo16Digits(String raw, String normalized) {
        IdCheck check = Npwp.check(raw);

        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                      | npwp.blank      | Enter the NPWP: 16 digits, or the old 15-digit number.
            01.234.567.8-901.00     | npwp.length     | NPWP must have 16 digits (or 15 for an old NPWP); you entered 14 digits.
            33010115088500012       | npwp.length     | NPWP must have 16 digits (or 15 for an old NPWP); you entered 17 digits.
            01.234.567.8/901.000    | npwp.characters | NPWP may contain only digits, dots, dashes and spaces; character 13 is "/".
            01.234.567.8-901.00O    | npwp.characters | NPWP may contain only digits, dots, dashes and spaces; character 20 is "O".
            01_234_567_8_901_000    | npwp.characters | NPWP may contain only digits, dots, dashes and spaces; character 3 is "_".
            """)
    void invalidNpwp_givesPreciseReason(String raw, String code, String english) {
        IdCheck check = Npwp.check(raw);

        assertThat(check.valid()).isFalse();
        assertThat(check.code()).isEqualTo(code);
        assertThat(check.message().en()).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            01.234.567.8-901.00  | NPWP harus 16 angka (atau 15 angka untuk NPWP lama); Anda memasukkan 14 angka.
            01.234.567.8/901.000 | NPWP hanya boleh berisi angka, titik, tanda hubung, dan spasi; karakter ke-13 adalah "/".
            """)
    void invalidNpwp_explainsInIndonesian(String raw, String indonesian) {
        assertThat(Npwp.check(raw).message().id()).isEqualTo(indonesian);
    }
}
