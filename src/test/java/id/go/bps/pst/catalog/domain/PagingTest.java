package id.go.bps.pst.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.bps.pst.platform.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.domain.Sort;

class PagingTest {

    @ParameterizedTest(name = "[{index}] page {0} size {1}")
    @CsvSource({"0, 1", "0, 20", "3, 100", "999, 50"})
    void validPaging_isSortedByTypeTitleCode(int page, int size) {
        var pageable = new Paging(page, size).pageable();

        assertThat(pageable.getPageNumber()).isEqualTo(page);
        assertThat(pageable.getPageSize()).isEqualTo(size);
        assertThat(pageable.getSort()).isEqualTo(Sort.by("type", "title", "code"));
    }

    @ParameterizedTest(name = "[{index}] page {0} size {1} -> {2}")
    @CsvSource({
            "-1, 20, catalog.page.invalid",
            "0, 101, catalog.size.invalid",
            "0, 0, catalog.size.invalid",
            "0, -5, catalog.size.invalid"})
    void invalidPaging_isBilingualBadRequest(int page, int size, String code) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> new Paging(page, size));

        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.status().value()).isEqualTo(400);
        assertThat(problem.text().id()).contains(String.valueOf(code.contains("size") ? size : page));
        assertThat(problem.text().en()).contains(String.valueOf(code.contains("size") ? size : page));
    }
}
