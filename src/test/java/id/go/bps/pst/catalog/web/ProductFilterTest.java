package id.go.bps.pst.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.platform.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductFilterTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(nullValues = "-", value = {
            "MICRODATA, MICRODATA",
            "microdata, MICRODATA",
            "' wilkerstat-map ', WILKERSTAT_MAP",
            "ELECTRONIC_PUBLICATION, ELECTRONIC_PUBLICATION",
            "'', -",
            "-, -"})
    void type_isReadCaseInsensitively(String type, ProductType expected) {
        assertThat(filterOfType(type).toQuery().type()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOOK", "MAP", "publikasi"})
    void unknownType_isBilingualBadRequestListingTheTypes(String type) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> filterOfType(type).toQuery());

        assertThat(problem.status().value()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("catalog.type.unknown");
        assertThat(problem.text().id()).contains(type).contains("WILKERSTAT_MAP");
        assertThat(problem.text().en()).contains(type).contains("PRINTED_PUBLICATION");
    }

    @ParameterizedTest(name = "[{index}] mapYear ''{0}'' dataYear ''{1}'' -> {2} {3}")
    @CsvSource(nullValues = "-", value = {"2024, -, 2024, -", "' 2023 ', 2015, 2023, 2015", "'', '', -, -"})
    void years_areReadAsWholeYears(String mapYear, String dataYear, Integer expectedMap, Integer expectedData) {
        var query = filterOfYears(mapYear, dataYear).toQuery();

        assertThat(query.mapYear()).isEqualTo(expectedMap);
        assertThat(query.dataYear()).isEqualTo(expectedData);
    }

    @ParameterizedTest(name = "[{index}] mapYear ''{0}'' dataYear ''{1}''")
    @CsvSource(nullValues = "-", value = {"duaribu, -, mapYear", "-, 24, dataYear", "-, 2024a, dataYear",
            "-1, -, mapYear"})
    void badYear_isBilingualBadRequestNamingTheParameter(String mapYear, String dataYear, String parameter) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> filterOfYears(mapYear, dataYear).toQuery());

        assertThat(problem.code()).isEqualTo("catalog.year.invalid");
        assertThat(problem.text().id()).contains(parameter, "tahun");
        assertThat(problem.text().en()).contains(parameter, "year");
    }

    private static ProductFilter filterOfYears(String mapYear, String dataYear) {
        return new ProductFilter(null, null, null, null, null, mapYear, null, null, dataYear, null, null);
    }

    private static ProductFilter filterOfType(String type) {
        return new ProductFilter(type, null, null, null, null, null, null, null, null, null, null);
    }
}
