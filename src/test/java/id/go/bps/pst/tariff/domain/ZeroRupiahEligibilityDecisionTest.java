package id.go.bps.pst.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.tariff.CustomerSegment;
import id.go.bps.pst.tariff.Purpose;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Decision_ZeroRupiahEligibility from processes/zero-rupiah-eligibility.dmn (seed 002, domain brief). */
class ZeroRupiahEligibilityDecisionTest {

    @ParameterizedTest(name = "{0} for {1}: eligible={2}, letter={3}")
    @CsvSource({
            "GOVERNMENT_CENTRAL, RESEARCH, true, ZERO_RUPIAH_LETTER",
            "GOVERNMENT_CENTRAL, COMMERCIAL, false, ",
            "GOVERNMENT_REGIONAL, STATE_DUTY, true, ZERO_RUPIAH_LETTER",
            "GOVERNMENT_REGIONAL, COMMERCIAL, false, ",
            "STATE_BODY, STATE_DUTY, true, ZERO_RUPIAH_LETTER",
            "STATE_BODY, COMMERCIAL, false, ",
            "EDUCATION_DOMESTIC, RESEARCH, true, ZERO_RUPIAH_LETTER",
            "EDUCATION_DOMESTIC, COMMERCIAL, false, ",
            "FOREIGN_MISSION, INTERNATIONAL_COMMITMENT, true, ZERO_RUPIAH_LETTER",
            "FOREIGN_MISSION, COMMERCIAL, false, ",
            "INTERNATIONAL_BODY, INTERNATIONAL_COMMITMENT, true, ZERO_RUPIAH_LETTER",
            "INTERNATIONAL_BODY, COMMERCIAL, false, ",
            "STIS_STUDENT, RESEARCH, true, DATA_REQUEST_LETTER",
            "STIS_STUDENT, COMMERCIAL, false, ",
            "STUDENT, RESEARCH, false, ",
            "STUDENT, COMMERCIAL, false, ",
            "INDIVIDUAL, COMMUNITY_EMPOWERMENT, false, ",
            "INDIVIDUAL, COMMERCIAL, false, ",
            "PRIVATE, RESEARCH, false, ",
            "PRIVATE, COMMERCIAL, false, "
    })
    void segmentAndPurpose_decideRp0AndLetter(CustomerSegment segment, Purpose purpose, boolean eligible,
                                              String letter) {
        DmnDecisionResult result = evaluate(segment, purpose);

        assertThat(result).hasSize(1);
        assertThat((Boolean) result.getSingleResult().getEntry("eligible")).isEqualTo(eligible);
        assertThat(result.getSingleResult().getEntryMap().get("letter")).isEqualTo(letter);
    }

    /** Every segment × every purpose: Rp0 exactly for the listed institutions and STIS, never for commercial use. */
    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everySegmentAndPurpose")
    void everyCombination_matchesTheBrief(CustomerSegment segment, Purpose purpose) {
        boolean institution = switch (segment) {
            case GOVERNMENT_CENTRAL, GOVERNMENT_REGIONAL, STATE_BODY, EDUCATION_DOMESTIC, FOREIGN_MISSION,
                 INTERNATIONAL_BODY -> true;
            default -> false;
        };
        boolean stis = segment == CustomerSegment.STIS_STUDENT;
        boolean expected = !purpose.isCommercial() && (institution || stis);

        DmnDecisionResult result = evaluate(segment, purpose);

        assertThat((Boolean) result.getSingleResult().getEntry("eligible")).isEqualTo(expected);
        String expectedLetter = !expected ? null : stis ? "DATA_REQUEST_LETTER" : "ZERO_RUPIAH_LETTER";
        assertThat(result.getSingleResult().getEntryMap().get("letter")).isEqualTo(expectedLetter);
    }

    static Stream<Arguments> everySegmentAndPurpose() {
        return Arrays.stream(CustomerSegment.values())
                .flatMap(segment -> Arrays.stream(Purpose.values()).map(purpose -> Arguments.of(segment, purpose)));
    }

    private static DmnDecisionResult evaluate(CustomerSegment segment, Purpose purpose) {
        return DmnModels.evaluate(SaleRules.ZERO_RUPIAH,
                Map.of("segment", segment.name(), "purpose", purpose.name()));
    }
}
