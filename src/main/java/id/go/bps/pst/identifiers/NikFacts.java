package id.go.bps.pst.identifiers;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * What a valid NIK says about its holder, for forms that prefill from it (the guest book). The year of birth has no
 * century in the NIK; {@link #birthDateOnOrBefore(LocalDate)} picks the one that puts the birth in the past.
 *
 * @param nik          the 16 digits
 * @param provinceCode digits 1-2
 * @param areaCode     digits 1-6: province, regency/city and district where the NIK was issued
 * @param birthDay     day and month of birth (the day without the +40 for women)
 * @param birthYearYy  the last two digits of the year of birth
 * @param female       true when the day was given +40
 * @param serial       digits 13-16
 */
public record NikFacts(String nik, String provinceCode, String areaCode, MonthDay birthDay, int birthYearYy,
                       boolean female, String serial) {

    static NikFacts of(String nik) {
        int day = Integer.parseInt(nik.substring(6, 8));
        boolean female = day > Nik.FEMALE_DAY_OFFSET;
        int month = Integer.parseInt(nik.substring(8, 10));
        MonthDay birthDay = MonthDay.of(month, female ? day - Nik.FEMALE_DAY_OFFSET : day);
        return new NikFacts(nik, nik.substring(0, 2), nik.substring(0, 6), birthDay,
                Integer.parseInt(nik.substring(10, 12)), female, nik.substring(12));
    }

    /**
     * The latest date with this day, month and two-digit year that is not after {@code today}. A 29 February in a
     * year that is not a leap year (1900) becomes 28 February.
     */
    public LocalDate birthDateOnOrBefore(LocalDate today) {
        int year = today.getYear() - Math.floorMod(today.getYear() - birthYearYy, 100);
        LocalDate candidate = birthDay.atYear(year);
        return candidate.isAfter(today) ? birthDay.atYear(year - 100) : candidate;
    }
}
