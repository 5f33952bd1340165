package id.go.bps.pst.catalog.domain;

import id.go.bps.pst.platform.ApiProblem;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** A page of a listing: 0-based page number and 1 to {@value #MAX_SIZE} items per page. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public Paging {
        if (page < 0) {
            throw ApiProblem.badRequest("catalog.page.invalid",
                    "Nomor halaman (page) dimulai dari 0, bukan " + page + ".",
                    "The page number starts at 0, not " + page + ".");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.badRequest("catalog.size.invalid",
                    "Ukuran halaman (size) harus 1 sampai " + MAX_SIZE + ", bukan " + size + ".",
                    "The page size must be 1 to " + MAX_SIZE + ", not " + size + ".");
        }
    }

    Pageable pageable() {
        return PageRequest.of(page, size, ProductSpecifications.ORDER);
    }
}
