package id.go.bps.pst.walkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The order of the desks on the waiting-room screen. */
class DeskOrderTest {

    static Stream<Arguments> desks() {
        return Stream.of(
                Arguments.of(List.of("10", "2", "1"), List.of("1", "2", "10")),
                Arguments.of(List.of("Loket 10", "Loket 2"), List.of("Loket 2", "Loket 10")),
                Arguments.of(List.of("B", "A", "C"), List.of("A", "B", "C")),
                Arguments.of(List.of("3"), List.of("3")));
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @MethodSource("desks")
    void desks_areShownInTheOrderPeopleCount(List<String> desks, List<String> shown) {
        assertThat(desks.stream().sorted(Desk.DESK_ORDER).toList()).isEqualTo(shown);
    }
}
