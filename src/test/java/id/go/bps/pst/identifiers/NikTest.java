package id.go.bps.pst.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

    @ParameterizedTest(name = "{0} is valid: female={1}, born {2}-{3}-{4}")
    @CsvSource(delimiter = '|', textBlock = """
            # a man born 15 Aug 1985
            3301011508850001   | false | 15 | 8  | 85
            # a woman: day 15 + 40
            3301015508850002   | true  | 15 | 8  | 85
            # pasted with spaces around it
            '  3301011508850001 ' | false | 15 | 8 | 85
            # day 41: a woman born on the 1st
            1906024101900003   | true  | 1  | 1  | 90
            # day 71: a woman born on the 31st
            7501037112990004   | true  | 31 | 12 | 99
            # 29 Feb 2000
            3301012902000005   | false | 29 | 2  | 0
            # 29 Feb 1996, a woman, a 2022 Papua province
            9501016902960006   | true  | 29 | 2  | 96
            # 97: BPS code, accepted for plausibility
            9701013101010007   | false | 31 | 1  | 1
            """)
    void validNik_isNormalisedAndParsed(String raw, boolean female, int day, int month, int yy) {
        IdCheck check = Nik.check(raw);

        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(raw.strip());
        assertThat(check.code()).isNull();
        NikFacts facts = Nik.parse(raw).orElseThrow();
        assertThat(facts.female()).isEqualTo(female);
        assertThat(facts.birthDay()).isEqualTo(MonthDay.of(month, day));
        assertThat(facts.birthYearYy()).isEqualTo(yy);
        assertThat(facts.provinceCode()).isEqualTo(raw.strip().substring(0, 2));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                  | nik.blank    | Enter the NIK: the 16 digits on the ID card (KTP).
            '   '               | nik.blank    | Enter the NIK: the 16 digits on the ID card (KTP).
            330101150885000     | nik.length   | NIK must have 16 digits; you entered 15.
            33010115088500011   | nik.length   | NIK must have 16 digits; you entered 17.
            33010115088500A1    | nik.digits   | NIK may contain only digits 0-9; character 15 is "A".
            '3301 011508850001' | nik.digits   | NIK may contain only digits 0-9; character 5 is " ".
            1001011508850001    | nik.province | NIK digits 1-2 (10) are not an Indonesian province code; check the first two digits against the ID card.
            2001011508850001    | nik.province | NIK digits 1-2 (20) are not an Indonesian province code; check the first two digits against the ID card.
            9801011508850001    | nik.province | NIK digits 1-2 (98) are not an Indonesian province code; check the first two digits against the ID card.
            3301010008850001    | nik.day      | NIK digits 7-8 (00) are not a day of birth: use 01-31, or 41-71 for women (day + 40).
            3301013208850001    | nik.day      | NIK digits 7-8 (32) are not a day of birth: use 01-31, or 41-71 for women (day + 40).
            3301014008850001    | nik.day      | NIK digits 7-8 (40) are not a day of birth: use 01-31, or 41-71 for women (day + 40).
            3301017208850001    | nik.day      | NIK digits 7-8 (72) are not a day of birth: use 01-31, or 41-71 for women (day + 40).
            3301011500850001    | nik.month    | NIK digits 9-10 (00) are not a month of birth: use 01-12.
            3301011513850001    | nik.month    | NIK digits 9-10 (13) are not a month of birth: use 01-12.
            3301013104850001    | nik.date     | NIK digits 7-12 give the date of birth 31-04-85 (day-month-year), which does not exist; check these digits against the ID card.
            3301017104850001    | nik.date     | NIK digits 7-12 give the date of birth 31-04-85 (day-month-year), which does not exist; check these digits against the ID card.
            3301013002000001    | nik.date     | NIK digits 7-12 give the date of birth 30-02-00 (day-month-year), which does not exist; check these digits against the ID card.
            3301012902970001    | nik.date     | NIK digits 7-12 give the date of birth 29-02-97 (day-month-year), which does not exist; check these digits against the ID card.
            3301011508850000    | nik.serial   | NIK digits 13-16 (the serial number) cannot be 0000; check the last four digits against the ID card.
            """)
    void invalidNik_givesPreciseReason(String raw, String code, String english) {
        IdCheck check = Nik.check(raw);

        assertThat(check.valid()).isFalse();
        assertThat(check.normalized()).isNull();
        assertThat(check.code()).isEqualTo(code);
        assertThat(check.message().en()).isEqualTo(english);
        assertThat(check.message().id()).isNotBlank().isNotEqualTo(english);
        assertThat(Nik.parse(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            330101150885000  | NIK harus 16 angka; Anda memasukkan 15.
            3301011513850001 | Angka ke-9 dan ke-10 NIK (13) bukan bulan lahir: gunakan 01-12.
            3301014008850001 | Angka ke-7 dan ke-8 NIK (40) bukan tanggal lahir: gunakan 01-31, atau 41-71 untuk perempuan (tanggal + 40).
            """)
    void invalidNik_explainsInIndonesian(String raw, String indonesian) {
        assertThat(Nik.check(raw).message().id()).isEqualTo(indonesian);
    }

    @ParameterizedTest(name = "yy {0} seen on {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3301011508850001 | 2026-01-10 | 1985-08-15
            3301011508050001 | 2026-01-10 | 2005-08-15
            3301011508260001 | 2026-01-10 | 1926-08-15
            3301011508260001 | 2026-09-01 | 2026-08-15
            3301012902000005 | 2026-01-10 | 2000-02-29
            """)
    void birthDate_takesTheCenturyThatIsNotInTheFuture(String nik, LocalDate today, LocalDate expected) {
        assertThat(Nik.parse(nik).orElseThrow().birthDateOnOrBefore(today)).isEqualTo(expected);
    }
}
