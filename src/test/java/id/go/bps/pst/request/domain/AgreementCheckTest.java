package id.go.bps.pst.request.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a signed SPPD may be accepted: 2 copies over a Rp10.000 meterai, paper or e-meterai with a 22-char serial. */
class AgreementCheckTest {

    @ParameterizedTest(name = "{0} copies, {1}, serial {2} -> accepted: {3}")
    @CsvSource(nullValues = "null", value = {
            "2, PAPER, null, true",
            "2, E_METERAI, AB12CD34EF56GH78IJ90KL, true",
            "2, E_METERAI, ' AB12CD34EF56GH78IJ90KL ', true",
            "2, E_METERAI, AB12CD34EF56GH78IJ90K, false",
            "2, E_METERAI, AB12CD34EF56GH78IJ90KLM, false",
            "2, E_METERAI, AB12CD34EF56GH78IJ90K-, false",
            "2, E_METERAI, null, false",
            "2, NONE, null, false",
            "2, null, null, false",
            "1, PAPER, null, false",
            "3, PAPER, null, false",
            "null, PAPER, null, false"})
    void acceptance(Integer copies, String meterai, String serial, boolean accepted) {
        var problem = AgreementCheck.problemWithAcceptance(copies, meterai, serial);

        assertThat(problem == null).isEqualTo(accepted);
        if (problem != null) {
            assertThat(problem.id()).isNotBlank().isNotEqualTo(problem.en());
        }
    }
}
