/**
 * Tariffs and quotes. PNBP tariffs are versioned data ({@code tariff_schedule}/{@code tariff_line}, seeded from
 * PP No. 13 Tahun 2024), chosen by the quote date, and applied by a pure calculator in whole rupiah. Who is charged
 * Rp0 and which documents a sale needs are DMN decisions in {@code processes/} that an administrator can change
 * without touching code. Other modules use {@link id.go.bps.pst.tariff.Tariffs} and the records beside it; the web
 * layer exposes {@code POST /api/quotes}.
 */
package id.go.bps.pst.tariff;
