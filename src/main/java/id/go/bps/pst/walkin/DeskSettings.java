package id.go.bps.pst.walkin;

/**
 * How an office's desk works: queue numbers on or off (Belitung Timur greets visitors without them, seed 003) and
 * the service standard: a visitor is called within this many minutes of the previous one finishing (10 in Perka BPS
 * 78/2020 and seed 001, 5 in seed 003).
 */
public record DeskSettings(String officeCode, boolean queueEnabled, int serviceStandardMinutes) {

    public static final int DEFAULT_STANDARD_MINUTES = 10;

    public static DeskSettings defaults(String officeCode) {
        return new DeskSettings(officeCode, true, DEFAULT_STANDARD_MINUTES);
    }
}
