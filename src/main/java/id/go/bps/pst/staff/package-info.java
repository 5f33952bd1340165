/**
 * Staff of the PST desks as Camunda identities: one group per office and role (officer, treasurer, supervisor),
 * the grants each role needs in Tasklist and Cockpit, the administrator, and the demo accounts. Officer tasks name
 * these groups as candidates through {@link id.go.bps.pst.staff.StaffDirectory}.
 */
package id.go.bps.pst.staff;
