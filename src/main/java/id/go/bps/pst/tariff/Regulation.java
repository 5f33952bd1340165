package id.go.bps.pst.tariff;

import java.time.LocalDate;

/** The regulation whose tariff priced a quote, e.g. "PP No. 13 Tahun 2024", {@code PP-13-2024}. */
public record Regulation(String name, String code, LocalDate effectiveFrom) {
}
