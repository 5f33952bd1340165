package id.go.bps.pst.office;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An office as other modules see it; unmodifiable, since {@link Offices} hands the same view to every caller. */
public record OfficeView(String code, String name, OfficeLevel level, String parentCode, ZoneId zone,
                         LocalTime opensAt, LocalTime closesAt, Set<DayOfWeek> workingWeekdays,
                         List<ComplaintChannel> complaintChannels) {

    public OfficeView {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(workingWeekdays);
        workingWeekdays = Collections.unmodifiableSet(days);
        complaintChannels = List.copyOf(complaintChannels);
    }
}
