package id.go.bps.pst.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NtpnTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A1B2C3D4E5F6G7H8     | A1B2C3D4E5F6G7H8
            a1b2c3d4e5f6g7h8     | A1B2C3D4E5F6G7H8
            '  0123456789ABCDEF' | 0123456789ABCDEF
            1234567890123456     | 1234567890123456
            """)
    void validNtpn_isTrimmedAndUpperCased(String raw, String normalized) {
        IdCheck check = Ntpn.check(raw);

        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                 | ntpn.blank      | Enter the NTPN: the 16 letters and digits on the proof of state revenue receipt.
            A1B2C3D4E5F6G7H    | ntpn.length     | NTPN must have 16 letters and digits; you entered 15.
            A1B2C3D4E5F6G7H8I  | ntpn.length     | NTPN must have 16 letters and digits; you entered 17.
            A1B2-C3D4E5F6G7H8  | ntpn.characters | NTPN may contain only letters A-Z and digits 0-9; character 5 is "-".
            A1B2C3D4E5F6G7Hß   | ntpn.characters | NTPN may contain only letters A-Z and digits 0-9; character 16 is "ß".
            'A1B2C3D4 E5F6G7H8' | ntpn.characters | NTPN may contain only letters A-Z and digits 0-9; character 9 is " ".
            """)
    void invalidNtpn_givesPreciseReason(String raw, String code, String english) {
        IdCheck check = Ntpn.check(raw);

        assertThat(check.valid()).isFalse();
        assertThat(check.code()).isEqualTo(code);
        assertThat(check.message().en()).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A1B2C3D4E5F6G7H   | NTPN harus 16 huruf dan angka; Anda memasukkan 15.
            A1B2-C3D4E5F6G7H8 | NTPN hanya boleh berisi huruf A-Z dan angka 0-9; karakter ke-5 adalah "-".
            """)
    void invalidNtpn_explainsInIndonesian(String raw, String indonesian) {
        assertThat(Ntpn.check(raw).message().id()).isEqualTo(indonesian);
    }
}
