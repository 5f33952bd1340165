package id.go.bps.pst.walkin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.go.bps.pst.walkin.DeskSettings;

/** An office's own desk settings; offices without a row use {@link DeskSettings#defaults(String)}. */
@Entity
@Table(name = "walkin_office_setting")
public class OfficeSetting {

    @Id
    @Column(name = "office_code")
    private String officeCode;
    @Column(name = "queue_enabled")
    private boolean queueEnabled;
    @Column(name = "service_standard_minutes")
    private int serviceStandardMinutes;

    protected OfficeSetting() {
    }

    public DeskSettings view() {
        return new DeskSettings(officeCode, queueEnabled, serviceStandardMinutes);
    }
}
