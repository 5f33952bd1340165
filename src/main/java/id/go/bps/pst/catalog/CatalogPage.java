package id.go.bps.pst.catalog;

import java.util.List;

/** One page of a catalogue listing; {@code page} is 0-based. */
public record CatalogPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
}
