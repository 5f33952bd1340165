package id.go.bps.pst.office.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import id.go.bps.pst.office.ComplaintChannel;

/** One row of an office's complaint channels, in the order the office's service standard lists them. */
@Embeddable
class ComplaintChannelEntry {

    @Column(name = "channel_kind")
    private String kind;

    @Column(name = "channel_value")
    private String value;

    protected ComplaintChannelEntry() {
        // for JPA
    }

    ComplaintChannel view() {
        return new ComplaintChannel(kind, value);
    }
}
