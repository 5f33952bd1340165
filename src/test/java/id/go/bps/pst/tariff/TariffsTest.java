package id.go.bps.pst.tariff;

import static id.go.bps.pst.tariff.RequiredDocument.ABSTRACT;
import static id.go.bps.pst.tariff.RequiredDocument.DATA_REQUEST_LETTER;
import static id.go.bps.pst.tariff.RequiredDocument.NPWP;
import static id.go.bps.pst.tariff.RequiredDocument.SPPD;
import static id.go.bps.pst.tariff.RequiredDocument.ZERO_RUPIAH_LETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.tariff.domain.DmnModels;
import id.go.bps.pst.tariff.domain.ItemQuantities;
import id.go.bps.pst.tariff.domain.ScheduleFinder;
import id.go.bps.pst.tariff.domain.TariffSchedule;
import id.go.bps.pst.tariff.domain.TestSchedules;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Quotes with a catalogue in memory, the PP 13/2024 amounts and the real DMN rules from processes/. */
class TariffsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    private final FakeCatalog catalog = new FakeCatalog();
    private final TariffSchedule pp13 = TestSchedules.pp13();
    private final Tariffs tariffs = new Tariffs(catalog,
            new ScheduleFinder(date -> date.isBefore(pp13.effectiveFrom()) ? List.of() : List.of(pp13)),
            new ItemQuantities(catalog), DmnModels.saleRules());

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static QuoteRequest request(CustomerSegment segment, Purpose purpose, boolean abroad,
                                        QuoteItem... items) {
        return new QuoteRequest(segment, purpose, abroad, DAY, List.of(items));
    }

    private static QuoteItem susenas(List<String> variables, List<String> regions) {
        return new QuoteItem("MD-SUSENAS-2024-03", null, null, variables, regions, null);
    }

    private static QuoteItem sakernasProcessed(long bytes) {
        return new QuoteItem("MD-SAKERNAS-2025-08", null, bytes, null, null, true);
    }

    private Quote mixedCart(CustomerSegment segment, Purpose purpose, boolean abroad) {
        return tariffs.quote(request(segment, purpose, abroad, QuoteItem.of("PUB-STATIN-2025"),
                susenas(List.of("R101", "R407"), List.of("33")), sakernasProcessed(2_500_000),
                QuoteItem.of("MAP-1906-DESA-2024")));
    }

    @Test
    void privateResearch_mixedCart_pricesEachLineByPp13() {
        Quote quote = mixedCart(CustomerSegment.PRIVATE, Purpose.RESEARCH, false);

        // 782 pages = 50,000 + 15 × 15,000; Susenas 4 bytes × 400,000 records = 1,600,000 bytes = 20,000 + 600 × 20;
        // Sakernas processed 2,500,000 bytes = 22,000 + 1,500 × 22; one regency village map 70,000.
        assertThat(quote.lines()).extracting(QuoteLine::tariffLineCode, QuoteLine::quantity, QuoteLine::unit,
                QuoteLine::chargedAmount).containsExactly(
                tuple("PUB-ELEC", 782L, TariffUnit.PAGE, 275_000L),
                tuple("MD-RAW", 1_600_000L, TariffUnit.BYTE, 32_000L),
                tuple("MD-PROC", 2_500_000L, TariffUnit.BYTE, 55_000L),
                tuple("MAP-KAB-DESA", 1L, TariffUnit.MAP, 70_000L));
        assertThat(quote.total()).isEqualTo(432_000);
        assertThat(quote.listTotal()).isEqualTo(432_000);
        assertThat(quote.currency()).isEqualTo("IDR");
        assertThat(quote.date()).isEqualTo(DAY);
        assertThat(quote.regulation().code()).isEqualTo("PP-13-2024");
        assertThat(quote.zeroRupiah()).isEqualTo(ZeroRupiah.notEligible());
    }

    @Test
    void mixedCart_documentsOfEachProductTypeMergeWithoutDuplicates() {
        Quote quote = mixedCart(CustomerSegment.PRIVATE, Purpose.RESEARCH, false);

        assertThat(quote.documentsRequired()).extracting(DocumentView::code)
                .containsExactly("NPWP", "ABSTRACT", "SPPD");
        assertThat(quote.documentsRequired().get(0).name().id()).isEqualTo(NPWP.label().id());
    }

    @Test
    void governmentResearch_chargesRp0ButShowsTheListPrice() {
        Quote quote = mixedCart(CustomerSegment.GOVERNMENT_REGIONAL, Purpose.RESEARCH, false);

        assertThat(quote.total()).isZero();
        assertThat(quote.listTotal()).isEqualTo(432_000);
        assertThat(quote.lines()).allSatisfy(line -> {
            assertThat(line.chargedAmount()).isZero();
            assertThat(line.listAmount()).isPositive();
        });
        assertThat(quote.zeroRupiah()).isEqualTo(new ZeroRupiah(true, ZERO_RUPIAH_LETTER));
        assertThat(codes(quote)).containsExactly("ABSTRACT", "SPPD", "ZERO_RUPIAH_LETTER");
    }

    @Test
    void governmentCommercial_paysInFullWithoutLetter() {
        Quote quote = mixedCart(CustomerSegment.GOVERNMENT_CENTRAL, Purpose.COMMERCIAL, false);

        assertThat(quote.total()).isEqualTo(432_000);
        assertThat(quote.zeroRupiah().letter()).isNull();
        assertThat(codes(quote)).containsExactly("ABSTRACT", "SPPD");
    }

    @Test
    void stisStudent_getsRp0WithDataRequestLetter() {
        Quote quote = tariffs.quote(request(CustomerSegment.STIS_STUDENT, Purpose.RESEARCH, false,
                susenas(null, null)));

        assertThat(quote.total()).isZero();
        assertThat(quote.zeroRupiah()).isEqualTo(new ZeroRupiah(true, DATA_REQUEST_LETTER));
        assertThat(codes(quote)).containsExactly("ABSTRACT", "SPPD", "DATA_REQUEST_LETTER");
    }

    @Test
    void privateAbroad_needsNoNpwp() {
        Quote quote = mixedCart(CustomerSegment.PRIVATE, Purpose.COMMERCIAL, true);

        assertThat(codes(quote)).containsExactly(ABSTRACT.name(), SPPD.name());
        assertThat(quote.total()).isEqualTo(432_000);
    }

    @Test
    void studentBuyingAPublication_paysAndNeedsNoDocument() {
        Quote quote = tariffs.quote(request(CustomerSegment.STUDENT, Purpose.RESEARCH, false,
                QuoteItem.of("PUB-1906-KESRA-2025")));

        assertThat(quote.total()).isEqualTo(50_000);
        assertThat(quote.documentsRequired()).isEmpty();
    }

    @Test
    void microdataWithoutChoice_isPricedAtFullSize() {
        Quote quote = tariffs.quote(request(CustomerSegment.INDIVIDUAL, Purpose.RESEARCH, false,
                susenas(null, null)));

        // 5 bytes × 500,000 records = 2,500,000 bytes = 20,000 + 1,500 × 20.
        assertThat(quote.lines().get(0).quantity()).isEqualTo(2_500_000);
        assertThat(quote.total()).isEqualTo(50_000);
    }

    @Test
    void givenPages_overrideTheCatalogue() {
        Quote quote = tariffs.quote(request(CustomerSegment.INDIVIDUAL, Purpose.RESEARCH, false,
                new QuoteItem("PUB-STATIN-2025", 51, null, null, null, null)));

        assertThat(quote.total()).isEqualTo(65_000);
    }

    @Test
    void printedPublication_usesTheProvisionalPageTariff() {
        Quote quote = tariffs.quote(request(CustomerSegment.INDIVIDUAL, Purpose.RESEARCH, false,
                QuoteItem.of("PRT-STATIN-2025")));

        assertThat(quote.lines().get(0).tariffLineCode()).isEqualTo("PUB-PRINT");
        assertThat(quote.total()).isEqualTo(275_000);
    }

    @Test
    void nationalMap_costsTwelveMillion() {
        Quote quote = tariffs.quote(request(CustomerSegment.PRIVATE, Purpose.COMMERCIAL, false,
                QuoteItem.of("MAP-ID-KEC-2024")));

        assertThat(quote.total()).isEqualTo(12_000_000);
    }

    @Test
    void noDate_usesTodayInJakarta() {
        // 18:30 UTC on 20 November is already 01:30 WIB on 21 November.
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-20T18:30:00Z").toInstant()));

        Quote quote = tariffs.quote(new QuoteRequest(CustomerSegment.INDIVIDUAL, Purpose.RESEARCH, null, null,
                List.of(QuoteItem.of("PUB-STATIN-2025"))));

        assertThat(quote.date()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void dateBeforePp13_isUnprocessable() {
        QuoteRequest before = new QuoteRequest(CustomerSegment.INDIVIDUAL, Purpose.RESEARCH, false,
                pp13.effectiveFrom().minusDays(1), List.of(QuoteItem.of("PUB-STATIN-2025")));

        assertProblem(() -> tariffs.quote(before), HttpStatus.UNPROCESSABLE_ENTITY, "tariff.noScheduleInForce");
    }

    @Test
    void unknownProduct_isBadRequest() {
        assertProblem(() -> tariffs.quote(request(CustomerSegment.INDIVIDUAL, Purpose.RESEARCH, false,
                QuoteItem.of("NOPE"))), HttpStatus.BAD_REQUEST, "tariff.unknownProduct");
    }

    @Test
    void emptyCart_isBadRequest() {
        assertProblem(() -> tariffs.quote(request(CustomerSegment.INDIVIDUAL, Purpose.RESEARCH, false)),
                HttpStatus.BAD_REQUEST, "tariff.emptyCart");
    }

    @Test
    void publicationWithoutRecordedPages_isUnprocessable() {
        assertProblem(() -> tariffs.quote(request(CustomerSegment.INDIVIDUAL, Purpose.RESEARCH, false,
                QuoteItem.of("PUB-NO-PAGES"))), HttpStatus.UNPROCESSABLE_ENTITY, "tariff.pagesUnknown");
    }

    @Test
    void optionsForAnotherProductType_areRefused() {
        List<QuoteItem> misplaced = List.of(
                new QuoteItem("PUB-STATIN-2025", null, null, List.of("R101"), null, null),
                new QuoteItem("PUB-STATIN-2025", null, 2_000_000L, null, null, null),
                new QuoteItem("PUB-STATIN-2025", null, null, null, null, true),
                new QuoteItem("MAP-ID-KEC-2024", null, null, null, List.of("33"), null),
                new QuoteItem("MAP-ID-KEC-2024", 10, null, null, null, null),
                new QuoteItem("MD-SUSENAS-2024-03", 10, null, null, null, null));

        for (QuoteItem item : misplaced) {
            assertProblem(() -> tariffs.quote(request(CustomerSegment.INDIVIDUAL, Purpose.RESEARCH, false, item)),
                    HttpStatus.BAD_REQUEST, "tariff.fieldNotApplicable");
        }
    }

    private static List<String> codes(Quote quote) {
        return quote.documentsRequired().stream().map(DocumentView::code).toList();
    }

    private static void assertProblem(Runnable call, HttpStatus status, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(status);
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.text().id()).isNotBlank().isNotEqualTo(problem.text().en());
        });
    }
}
