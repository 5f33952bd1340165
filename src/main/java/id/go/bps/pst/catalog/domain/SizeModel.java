package id.go.bps.pst.catalog.domain;

import id.go.bps.pst.platform.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The size of a microdata extract: (sum of bytes per record of the chosen variables) x (sum of records of the chosen
 * regions); an empty choice means all of them. The PP 13/2024 microdata tariff is charged on this size.
 */
public record SizeModel(String productCode, List<Column> columns, List<Area> areas) {

    /** A variable of the data dictionary, chosen by its name (case-insensitive). */
    public record Column(String name, int bytesPerRecord) {
    }

    /** A region of the dataset, chosen by its code or its name (case-insensitive). */
    public record Area(String code, String name, long records) {
    }

    public SizeModel {
        columns = List.copyOf(columns);
        areas = List.copyOf(areas);
    }

    /** The fullset: every variable of every region. */
    public long fullBytes() {
        return estimate(Set.of(), Set.of());
    }

    /** The extract size; unknown variable or region names are a bad request naming them. */
    public long estimate(Set<String> variables, Set<String> regions) {
        Selection<Column> chosenColumns = select(columns, variables, Column::name, Column::name);
        Selection<Area> chosenAreas = select(areas, regions, Area::code, Area::name);
        rejectUnknown(chosenColumns.unknown(), chosenAreas.unknown());
        long bytesPerRecord = chosenColumns.chosen().stream().mapToLong(Column::bytesPerRecord).sum();
        long records = chosenAreas.chosen().stream().mapToLong(Area::records).sum();
        return Math.multiplyExact(bytesPerRecord, records);
    }

    private record Selection<T>(Set<T> chosen, List<String> unknown) {
    }

    private static <T> Selection<T> select(List<T> all, Set<String> names, Function<T, String> code,
                                           Function<T, String> name) {
        if (names == null || names.isEmpty()) {
            return new Selection<>(new LinkedHashSet<>(all), List.of());
        }
        Set<T> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String wanted : names.stream().map(n -> n == null ? "" : n.trim()).sorted().toList()) {
            Optional<T> match = all.stream()
                    .filter(item -> same(code.apply(item), wanted) || same(name.apply(item), wanted))
                    .findFirst();
            match.ifPresentOrElse(chosen::add, () -> unknown.add(wanted));
        }
        return new Selection<>(chosen, unknown);
    }

    private static boolean same(String known, String wanted) {
        return known.equalsIgnoreCase(wanted);
    }

    private void rejectUnknown(List<String> variables, List<String> regions) {
        if (variables.isEmpty() && regions.isEmpty()) {
            return;
        }
        List<String> id = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!variables.isEmpty()) {
            id.add("variabel " + String.join(", ", variables));
            en.add("variables " + String.join(", ", variables));
        }
        if (!regions.isEmpty()) {
            id.add("wilayah " + String.join(", ", regions));
            en.add("regions " + String.join(", ", regions));
        }
        throw ApiProblem.badRequest("catalog.selection.unknown",
                "Pilihan tidak dikenal untuk " + productCode + ": " + String.join("; ", id) + ".",
                "Unknown choice for " + productCode + ": " + String.join("; ", en) + ".");
    }
}
