/**
 * Working days per office. A day counts when it is one of the office's working weekdays and is neither a national
 * holiday (libur nasional), nor cuti bersama, nor a regional holiday of that office. National holidays and cuti
 * bersama are set yearly by joint ministerial decree and seeded as reference data; Islamic dates can move mid-year,
 * so admins edit the table at run time, every change is audited, and {@link id.go.bps.pst.calendar.HolidaysChanged}
 * tells the SLA work to recompute deadlines. Other modules use {@link id.go.bps.pst.calendar.WorkingDayCalendar}.
 */
package id.go.bps.pst.calendar;
