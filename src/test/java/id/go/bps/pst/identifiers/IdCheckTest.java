package id.go.bps.pst.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.bps.pst.platform.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class IdCheckTest {

    @Test
    void requireValid_answersTheNormalisedValue() {
        assertThat(Npwp.check("01.234.567.8-901.000").requireValid()).isEqualTo("0012345678901000");
    }

    @Test
    void requireValid_onInvalidValue_throwsBadRequestWithCodeAndBothTexts() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> Nik.check("3301011513850001").requireValid());

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.code()).isEqualTo("nik.month");
        assertThat(problem.text().en()).isEqualTo("NIK digits 9-10 (13) are not a month of birth: use 01-12.");
        assertThat(problem.text().id()).isEqualTo("Angka ke-9 dan ke-10 NIK (13) bukan bulan lahir: gunakan 01-12.");
    }
}
