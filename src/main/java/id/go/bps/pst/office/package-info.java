/**
 * The BPS offices that run a PST desk: national (BPS RI), provinces and regencies/cities, each with its local time
 * zone (WIB, WITA, WIT), service hours, working weekdays and complaint channels (seeds 000, 001, 003, 004). Offices
 * are reference data loaded by the changelog; other modules read them through {@link id.go.bps.pst.office.Offices}
 * and {@link id.go.bps.pst.office.OfficeView}, e.g. the calendar for an office's working weekdays and the SLA work
 * for its time zone.
 */
package id.go.bps.pst.office;
