/**
 * Sale requests: the customer's cart priced by the tariff in force, numbered per office and year
 * ({@code PST-3300-2026-000123}), submitted into the online sale process, and followed by the customer through
 * "Transaksi Saya" (status, timeline, documents, the actions possible now). Customer actions reach the process as
 * messages; the process tells this module the status the customer sees.
 */
package id.go.bps.pst.request;
