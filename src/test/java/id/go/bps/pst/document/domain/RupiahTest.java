package id.go.bps.pst.document.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahTest {

    @ParameterizedTest
    @CsvSource({
        "0,              Rp0",
        "999,            Rp999",
        "50000,          Rp50.000",
        "1234567,        Rp1.234.567",
        "36000000,       Rp36.000.000",
        "1000000000000,  Rp1.000.000.000.000"
    })
    void amount_isWrittenWithDotGroups(long amount, String expected) {
        assertThat(Rupiah.format(amount)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "0,             nol rupiah",
        "1,             satu rupiah",
        "11,            sebelas rupiah",
        "12,            dua belas rupiah",
        "19,            sembilan belas rupiah",
        "20,            dua puluh rupiah",
        "100,           seratus rupiah",
        "115,           seratus lima belas rupiah",
        "1000,          seribu rupiah",
        "1500,          seribu lima ratus rupiah",
        "2000,          dua ribu rupiah",
        "20020,         dua puluh ribu dua puluh rupiah",
        "100000,        seratus ribu rupiah",
        "111111,        seratus sebelas ribu seratus sebelas rupiah",
        "1000000,       satu juta rupiah",
        "1234567,       satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh rupiah",
        "12000000,      dua belas juta rupiah",
        "36000000,      tiga puluh enam juta rupiah",
        "1000000000,    satu miliar rupiah",
        "2000000000000, dua triliun rupiah"
    })
    void amount_isSpelledOutInIndonesian(long amount, String expected) {
        assertThat(Rupiah.inWords(amount)).isEqualTo(expected);
    }
}
