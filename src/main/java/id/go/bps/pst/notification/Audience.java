package id.go.bps.pst.notification;

import java.util.Optional;

import id.go.bps.pst.staff.StaffRole;

/** Who reads a notice: the customer of the request, or one staff group of the office serving it. */
public enum Audience {
    CUSTOMER(null, "Bapak/Ibu", "customer"),
    OFFICERS(StaffRole.OFFICER, "Petugas PST", "PST officers"),
    TREASURERS(StaffRole.TREASURER, "Bendahara", "treasurers"),
    SUPERVISORS(StaffRole.SUPERVISOR, "Supervisor PST", "PST supervisors");

    private final StaffRole staffRole;
    private final String labelId;
    private final String labelEn;

    Audience(StaffRole staffRole, String labelId, String labelEn) {
        this.staffRole = staffRole;
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public boolean isCustomer() {
        return staffRole == null;
    }

    /** The staff role whose office group receives the notice; empty for the customer. */
    public Optional<StaffRole> staffRole() {
        return Optional.ofNullable(staffRole);
    }

    /** How the mail addresses its readers in Indonesian, e.g. "Petugas PST". */
    public String labelId() {
        return labelId;
    }

    /** How the mail addresses its readers in English, e.g. "PST officers". */
    public String labelEn() {
        return labelEn;
    }
}
