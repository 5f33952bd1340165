package id.go.bps.pst.office.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import id.go.bps.pst.office.OfficeLevel;
import id.go.bps.pst.office.OfficeView;

/**
 * A BPS office that runs a PST desk. Reference data from the changelog: nothing in the application changes an
 * office, so it has no mutators.
 */
@Entity
@Table(name = "office")
public class Office {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "office_level")
    private OfficeLevel level;

    private String parentCode;

    private String zoneId;

    private LocalTime opensAt;

    private LocalTime closesAt;

    /** Comma list of {@link DayOfWeek} names, e.g. {@code MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY}. */
    private String workingWeekdays;

    @ElementCollection
    @CollectionTable(name = "office_complaint_channel", joinColumns = @JoinColumn(name = "office_code"))
    @OrderColumn(name = "list_index")
    private List<ComplaintChannelEntry> complaintChannels = new ArrayList<>();

    protected Office() {
        // for JPA
    }

    public OfficeView view() {
        return new OfficeView(code, name, level, parentCode, ZoneId.of(zoneId), opensAt, closesAt,
                weekdays(), complaintChannels.stream().map(ComplaintChannelEntry::view).toList());
    }

    Set<DayOfWeek> weekdays() {
        return Arrays.stream(workingWeekdays.split(","))
                .map(String::trim)
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
