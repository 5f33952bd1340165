package id.go.bps.pst.document.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodesTest {

    @Test
    void newCodes_are12CrockfordCharacters_andDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        IntStream.range(0, 20_000).forEach(i -> codes.add(VerificationCodes.next()));

        assertThat(codes).hasSize(20_000)
                .allSatisfy(code -> assertThat(code).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}"));
    }

    @Test
    void newCodes_useTheWholeAlphabet() {
        Set<Character> seen = new HashSet<>();
        IntStream.range(0, 2_000).forEach(i -> VerificationCodes.next().chars().forEach(c -> seen.add((char) c)));

        assertThat(seen).hasSize(32);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
        "7K3MZQ9D2HXA,     7K3MZQ9D2HXA",
        "7k3mzq9d2hxa,     7K3MZQ9D2HXA",
        "7K3M-ZQ9D-2HXA,   7K3MZQ9D2HXA",
        "'7K3M ZQ9D 2HXA', 7K3MZQ9D2HXA",
        "OK3MZQ9D2HXA,     0K3MZQ9D2HXA",
        "IK3MZQ9D2HXL,     1K3MZQ9D2HX1"
    })
    void typedCode_isNormalisedTheCrockfordWay(String typed, String expected) {
        assertThat(VerificationCodes.normalise(typed)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7K3MZQ9D2HX", "7K3MZQ9D2HXAB", "7K3MZQ9D2HXU", "7K3MZQ9D2HX!", "../../etc/pa"})
    void malformedCode_isRejected(String typed) {
        assertThat(VerificationCodes.normalise(typed)).isEmpty();
    }
}
