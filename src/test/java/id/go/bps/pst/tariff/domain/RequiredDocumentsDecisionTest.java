package id.go.bps.pst.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.tariff.CustomerSegment;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Decision_RequiredDocuments from processes/required-documents.dmn (seeds 000 and 002). */
class RequiredDocumentsDecisionTest {

    @ParameterizedTest(name = "{0} {1} Rp0={2} abroad={3} -> [{4}]")
    @CsvSource({
            "PRIVATE, ELECTRONIC_PUBLICATION, false, false, NPWP",
            "PRIVATE, PRINTED_PUBLICATION, false, false, NPWP",
            "PRIVATE, MICRODATA, false, false, NPWP ABSTRACT SPPD",
            "PRIVATE, WILKERSTAT_MAP, false, false, NPWP ABSTRACT SPPD",
            "PRIVATE, MICRODATA, false, true, ABSTRACT SPPD",
            "PRIVATE, ELECTRONIC_PUBLICATION, false, true, ''",
            "GOVERNMENT_CENTRAL, ELECTRONIC_PUBLICATION, true, false, ZERO_RUPIAH_LETTER",
            "GOVERNMENT_REGIONAL, MICRODATA, true, false, ABSTRACT SPPD ZERO_RUPIAH_LETTER",
            "GOVERNMENT_CENTRAL, MICRODATA, false, false, ABSTRACT SPPD",
            "STATE_BODY, WILKERSTAT_MAP, true, false, ABSTRACT SPPD ZERO_RUPIAH_LETTER",
            "EDUCATION_DOMESTIC, PRINTED_PUBLICATION, true, false, ZERO_RUPIAH_LETTER",
            "FOREIGN_MISSION, MICRODATA, true, true, ABSTRACT SPPD ZERO_RUPIAH_LETTER",
            "INTERNATIONAL_BODY, ELECTRONIC_PUBLICATION, true, true, ZERO_RUPIAH_LETTER",
            "STIS_STUDENT, MICRODATA, true, false, ABSTRACT SPPD DATA_REQUEST_LETTER",
            "STIS_STUDENT, ELECTRONIC_PUBLICATION, false, false, ''",
            "STUDENT, MICRODATA, false, false, ABSTRACT SPPD",
            "STUDENT, ELECTRONIC_PUBLICATION, false, false, ''",
            "INDIVIDUAL, WILKERSTAT_MAP, false, false, ABSTRACT SPPD",
            "INDIVIDUAL, PRINTED_PUBLICATION, false, true, ''"
    })
    void segmentProductAndRp0_decideTheDocuments(CustomerSegment segment, ProductType type, boolean zeroRupiah,
                                                  boolean abroad, String expected) {
        List<String> documents = evaluate(segment, type, zeroRupiah, abroad);

        assertThat(documents).containsExactlyInAnyOrderElementsOf(codes(expected));
    }

    /** Every segment × product type × Rp0 × abroad: abstract and SPPD exactly for microdata and maps. */
    @ParameterizedTest(name = "{0} {1} Rp0={2} abroad={3}")
    @MethodSource("everyCombination")
    void abstractAndSppd_dependOnlyOnTheProductType(CustomerSegment segment, ProductType type, boolean zeroRupiah,
                                                     boolean abroad) {
        boolean needsAgreement = type == ProductType.MICRODATA || type == ProductType.WILKERSTAT_MAP;

        List<String> documents = evaluate(segment, type, zeroRupiah, abroad);

        assertThat(documents.contains("ABSTRACT")).isEqualTo(needsAgreement);
        assertThat(documents.contains("SPPD")).isEqualTo(needsAgreement);
        assertThat(documents.contains("NPWP")).isEqualTo(segment == CustomerSegment.PRIVATE && !abroad);
        assertThat(documents).doesNotHaveDuplicates();
    }

    static Stream<Arguments> everyCombination() {
        return Arrays.stream(CustomerSegment.values()).flatMap(segment -> Arrays.stream(ProductType.values())
                .flatMap(type -> Stream.of(true, false).flatMap(zero -> Stream.of(true, false)
                        .map(abroad -> Arguments.of(segment, type, zero, abroad)))));
    }

    private static List<String> evaluate(CustomerSegment segment, ProductType type, boolean zeroRupiah,
                                         boolean abroad) {
        return DmnModels.evaluate(SaleRules.REQUIRED_DOCUMENTS, Map.of("segment", segment.name(),
                "productType", type.name(), "zeroRupiah", zeroRupiah, "abroad", abroad)).collectEntries("document");
    }

    private static List<String> codes(String expected) {
        return expected.isBlank() ? List.of() : List.of(expected.split(" "));
    }
}
