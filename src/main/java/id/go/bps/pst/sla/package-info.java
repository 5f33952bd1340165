/**
 * Service-level clocks (issue 5): a sale must be served within 10 working days after the request is clear and the
 * requirements are complete, a consultation within 3 (Perka BPS No. 78 Tahun 2020). Each request has one clock in
 * its office's working time (zone, service hours, working weekdays, holidays and cuti bersama); it pauses while the
 * request waits on the customer and stops at delivery, and every transition is kept with its instant, so both the
 * raw and the net (office-held) duration can be shown. {@link id.go.bps.pst.sla.SlaClocks} is the public face; the
 * working-time arithmetic is the pure {@code domain.WorkingTime}.
 */
package id.go.bps.pst.sla;
