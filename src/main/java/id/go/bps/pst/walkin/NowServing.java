package id.go.bps.pst.walkin;

import java.time.LocalDate;
import java.util.List;

/**
 * The waiting-room screen of an office: the number at each desk and the next numbers, in the office's day.
 *
 * @param serving one row per desk that has called a number today
 * @param next    the waiting numbers in order (at most {@link Desk#NEXT_SHOWN})
 */
public record NowServing(String officeCode, String officeName, LocalDate day, boolean queueEnabled,
                         List<AtDesk> serving, List<String> next) {

    public record AtDesk(String desk, String ticket) {
    }
}
