package id.go.bps.pst.calendar.domain;

/**
 * Why the offices close on a day: a national holiday (libur nasional, L) or cuti bersama (collective leave, C), both
 * set each year by joint ministerial decree (SKB 3 Menteri) for every office, or a regional holiday of one office.
 */
public enum HolidayKind {
    NATIONAL_HOLIDAY,
    COLLECTIVE_LEAVE,
    REGIONAL_HOLIDAY;

    public boolean isRegional() {
        return this == REGIONAL_HOLIDAY;
    }
}
