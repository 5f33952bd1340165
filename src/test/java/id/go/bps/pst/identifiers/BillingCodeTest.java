package id.go.bps.pst.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            820250123456789     | 820250123456789
            ' 820250123456789 ' | 820250123456789
            000000000000001     | 000000000000001
            """)
    void validBillingCode_isTrimmed(String raw, String normalized) {
        IdCheck check = BillingCode.check(raw);

        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                | billing-code.blank  | Enter the billing code: the 15 digits from the SIMPONI e-billing.
            82025012345678    | billing-code.length | A billing code must have 15 digits; you entered 14.
            8202501234567890  | billing-code.length | A billing code must have 15 digits; you entered 16.
            8202-5012-3456789 | billing-code.digits | A billing code may contain only digits 0-9; character 5 is "-".
            82025O123456789   | billing-code.digits | A billing code may contain only digits 0-9; character 6 is "O".
            """)
    void invalidBillingCode_givesPreciseReason(String raw, String code, String english) {
        IdCheck check = BillingCode.check(raw);

        assertThat(check.valid()).isFalse();
        assertThat(check.code()).isEqualTo(code);
        assertThat(check.message().en()).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            82025012345678  | Kode billing harus 15 angka; Anda memasukkan 14.
            82025O123456789 | Kode billing hanya boleh berisi angka 0-9; karakter ke-6 adalah "O".
            """)
    void invalidBillingCode_explainsInIndonesian(String raw, String indonesian) {
        assertThat(BillingCode.check(raw).message().id()).isEqualTo(indonesian);
    }
}
