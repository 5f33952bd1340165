package id.go.bps.pst.office;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** An office as other modules see it. */
public record OfficeView(String code, String name, OfficeLevel level, String parentCode, ZoneId zone,
                         LocalTime opensAt, LocalTime closesAt, Set<DayOfWeek> workingWeekdays,
                         List<ComplaintChannel> complaintChannels) {
}
