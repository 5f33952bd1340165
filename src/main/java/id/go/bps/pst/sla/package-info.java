/**
 * Service-level clocks (issue 5): a sale must be served within 10 working days after the request is clear and the
 * requirements are complete, a consultation within 3 (Perka BPS No. 78 Tahun 2020). Each request has one clock in
 * its office's working time (zone, service hours, working weekdays, holidays and cuti bersama); it pauses while the
 * request waits on the customer and stops at delivery, and every transition is kept with its instant, so both the
 * raw and the net (office-held) duration can be shown. {@link id.go.bps.pst.sla.SlaClocks} is the public face; the
 * working-time arithmetic is the pure {@code domain.WorkingTime}. The module knows nothing of requests: the request
 * module moves the clocks from its statuses and keeps the process timers on the clock's dates
 * ({@link id.go.bps.pst.sla.SlaClockChanged}). {@link id.go.bps.pst.sla.SlaDashboard} answers the managers' figures
 * from the clock table alone, and {@code web} serves them and the Cockpit plugin.
 */
package id.go.bps.pst.sla;
