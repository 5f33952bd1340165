package id.go.bps.pst.walkin.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.tariff.QuoteItem;
import id.go.bps.pst.walkin.DeskCart;

/**
 * The request form of the visit page as typed: the purpose, a few product rows (code; for microdata the chosen
 * variables and regions, comma-separated, none meaning all) and the catalogue search text. Arrays in the order of
 * the rows, so an empty row keeps its place.
 */
record RequestForm(String purpose, String[] code, String[] variables, String[] regions, String q) {

    /** Rows on a fresh form; one empty row more is always offered once these are used. */
    static final int ROWS = 3;

    static RequestForm empty(String purpose) {
        return new RequestForm(purpose, null, null, null, null);
    }

    record Row(String code, String variables, String regions) {

        boolean isBlank() {
            return code == null || code.isBlank();
        }
    }

    public List<Row> rows() {
        int n = Math.max(length(code), Math.max(length(variables), length(regions)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(at(code, i), at(variables, i), at(regions, i)));
        }
        while (rows.size() < ROWS || rows.stream().noneMatch(Row::isBlank)) {
            rows.add(new Row(null, null, null));
        }
        return rows;
    }

    /** The same form with a catalogue product put into the first empty row. */
    RequestForm adding(String productCode) {
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isBlank()) {
                rows.set(i, new Row(productCode.trim(), null, null));
                break;
            }
        }
        return new RequestForm(purpose, rows.stream().map(Row::code).toArray(String[]::new),
                rows.stream().map(Row::variables).toArray(String[]::new),
                rows.stream().map(Row::regions).toArray(String[]::new), q);
    }

    /** The product codes typed, in order. */
    List<String> codes() {
        return rows().stream().filter(r -> !r.isBlank()).map(r -> r.code().trim()).toList();
    }

    Map<String, String> missing() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (GuestForm.parse(Purpose.class, purpose) == null) {
            errors.put("purpose", "Pilih tujuan penggunaan data.");
        }
        if (codes().isEmpty()) {
            errors.put("items", "Tulis minimal satu kode produk (cari di katalog di atas).");
        }
        return errors;
    }

    DeskCart cart() {
        List<QuoteItem> items = rows().stream().filter(r -> !r.isBlank())
                .map(r -> new QuoteItem(r.code().trim(), null, null, names(r.variables()), names(r.regions()), null))
                .toList();
        return new DeskCart(GuestForm.parse(Purpose.class, purpose), items);
    }

    private static List<String> names(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static int length(String[] values) {
        return values == null ? 0 : values.length;
    }

    private static String at(String[] values, int i) {
        return values == null || i >= values.length ? null : values[i];
    }
}
