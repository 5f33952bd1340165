package id.go.bps.pst.tariff.domain;

import static id.go.bps.pst.tariff.domain.TariffLine.Applicability.of;

import id.go.bps.pst.catalog.MapLevel;
import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.tariff.TariffUnit;
import java.time.LocalDate;

/** Schedules for tests, with the PP 13/2024 amounts of the domain brief (the seed CSV holds the same). */
public final class TestSchedules {

    public static final LocalDate PP13_FROM = LocalDate.of(2024, 1, 1);

    private TestSchedules() {
    }

    public static TariffSchedule pp13() {
        return pp13(PP13_FROM, null);
    }

    public static TariffSchedule pp13(LocalDate from, LocalDate to) {
        TariffSchedule schedule = new TariffSchedule("PP-13-2024", "PP No. 13 Tahun 2024", from, to);
        LineDefinition pages = LineDefinition.tiered(50_000, 50, 15_000, 50);
        schedule.addLine("PUB-ELEC", "Publikasi elektronik", of(ProductType.ELECTRONIC_PUBLICATION), TariffUnit.PAGE,
                pages);
        schedule.addLine("PUB-PRINT", "Publikasi cetakan", of(ProductType.PRINTED_PUBLICATION), TariffUnit.PAGE, pages);
        schedule.addLine("MD-RAW", "Data mikro tanpa pengolahan", microdata(false), TariffUnit.BYTE,
                LineDefinition.tiered(20_000, 1_000_000, 20, 1_000));
        schedule.addLine("MD-PROC", "Data mikro dengan pengolahan", microdata(true), TariffUnit.BYTE,
                LineDefinition.tiered(22_000, 1_000_000, 22, 1_000));
        map(schedule, "MAP-ID-KEC", MapLevel.NATIONAL_BY_DISTRICT, 12_000_000);
        map(schedule, "MAP-ID-DESA", MapLevel.NATIONAL_BY_VILLAGE, 36_000_000);
        map(schedule, "MAP-KAB-KEC", MapLevel.REGENCY_BY_DISTRICT, 30_000);
        map(schedule, "MAP-KAB-DESA", MapLevel.REGENCY_BY_VILLAGE, 70_000);
        return schedule;
    }

    /** A made-up predecessor with round numbers, only to test the choice between schedules. */
    public static TariffSchedule predecessor(LocalDate from, LocalDate to) {
        TariffSchedule schedule = new TariffSchedule("OLD", "Old regulation", from, to);
        schedule.addLine("PUB-OLD", "Old publication tariff", of(ProductType.ELECTRONIC_PUBLICATION), TariffUnit.PAGE,
                LineDefinition.tiered(1_000, 10, 100, 10));
        return schedule;
    }

    private static TariffLine.Applicability microdata(boolean processed) {
        return new TariffLine.Applicability(ProductType.MICRODATA, null, processed);
    }

    private static void map(TariffSchedule schedule, String code, MapLevel level, long amount) {
        schedule.addLine(code, "Peta " + level, new TariffLine.Applicability(ProductType.WILKERSTAT_MAP, level, false),
                TariffUnit.MAP, LineDefinition.perUnit(amount));
    }
}
