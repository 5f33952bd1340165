package id.go.bps.pst.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.bps.pst.platform.ApiProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class SizeModelTest {

    /** A small Susenas-like dataset: 2+2+1+2+12 = 19 bytes per record, 1000+300+200 = 1500 records. */
    private static final SizeModel SUSENAS = new SizeModel("MD-TEST", List.of(
            new SizeModel.Column("R101", 2),
            new SizeModel.Column("R102", 2),
            new SizeModel.Column("R105", 1),
            new SizeModel.Column("R407", 2),
            new SizeModel.Column("FWT", 12)), List.of(
            new SizeModel.Area("33", "JAWA TENGAH", 1000),
            new SizeModel.Area("75", "GORONTALO", 300),
            new SizeModel.Area("94", "PAPUA", 200)));

    @ParameterizedTest(name = "[{index}] variables [{0}] regions [{1}] -> {2} bytes")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -              | -                 | 28500
            R101;R407      | 33                | 4000
            R101;R407      | -                 | 6000
            -              | 75                | 5700
            FWT            | 75;94             | 6000
            r101;R407      | jawa tengah       | 4000
            R101;r101      | 33;Jawa Tengah    | 2000
            R105           | 33;75;94          | 1500
            R101;R102;R105;R407;FWT | 33;75;94 | 28500
            """)
    void estimate_multipliesChosenBytesByChosenRecords(String variables, String regions, long expected) {
        assertThat(SUSENAS.estimate(set(variables), set(regions))).isEqualTo(expected);
    }

    @Test
    void fullBytes_isEveryVariableOfEveryRegion() {
        assertThat(SUSENAS.fullBytes()).isEqualTo(19L * 1500);
    }

    @Test
    void nullSelections_meanEverything() {
        assertThat(SUSENAS.estimate(null, null)).isEqualTo(SUSENAS.fullBytes());
    }

    @ParameterizedTest(name = "[{index}] variables [{0}] regions [{1}] names {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            R999           | -          | variabel R999       | variables R999
            R101;B5_R28;X1 | -          | variabel B5_R28, X1 | variables B5_R28, X1
            -              | 99         | wilayah 99          | regions 99
            R101           | 33;BANTEN  | wilayah BANTEN      | regions BANTEN
            R999           | 99         | variabel R999; wilayah 99 | variables R999; regions 99
            """)
    void estimate_unknownNames_isBadRequestNamingThem(String variables, String regions, String indonesian,
                                                      String english) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class,
                () -> SUSENAS.estimate(set(variables), set(regions)));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.code()).isEqualTo("catalog.selection.unknown");
        assertThat(problem.text().id()).contains("MD-TEST").contains(indonesian);
        assertThat(problem.text().en()).contains("MD-TEST").contains(english);
    }

    private static Set<String> set(String semicolonSeparated) {
        return semicolonSeparated == null ? Set.of()
                : Arrays.stream(semicolonSeparated.split(";")).map(String::trim).collect(Collectors.toSet());
    }
}
