/**
 * Walk-in sale at the PST desk (issue 4; seed 001 walk-in, 21 steps; seed 003, 16 steps): the daily queue numbers of
 * an office, the guest book, the visit's process ({@code processes/walk-in.bpmn}) with its service standard, the
 * consultation a mismatching abstract leads to, and the kiosk and "now serving" pages. The sale itself reuses the
 * request ledger, documents, the payment and SPPD processes of the online sale. {@link Desk} is the public face.
 */
package id.go.bps.pst.walkin;
