package id.go.bps.pst.walkin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.platform.Message;
import id.go.bps.pst.tariff.CustomerSegment;
import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.walkin.IdCardType;
import id.go.bps.pst.walkin.VisitStatus;

/** The desk pages' forms: which field a refusal belongs to, the product rows, the cart they make. */
class DeskFormsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "walkin.guest.name, name",
            "walkin.guest.id-type, idType",
            "nik.length, idNumber",
            "walkin.sim.format, idNumber",
            "walkin.passport.format, idNumber",
            "email.syntax, email",
            "walkin.guest.segment, segment",
            "walkin.guest.country, countryCode",
            "walkin.step.not-now, -",
            "walkin.visit.not-serving, -"})
    void aGuestBookRefusal_isShownNextToItsField(String code, String field) {
        ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, code, Message.of("x", "x"));
        assertThat(GuestForm.fieldOf(problem)).isEqualTo(field);
    }

    @Test
    void aBlankGuestForm_namesEveryRequiredField_butNotTheInstitution() {
        assertThat(new GuestForm(" ", "KTA", "", null, null, "NOPE", null, null).missing())
                .containsOnlyKeys("name", "idType", "idNumber", "email", "segment", "purpose");
        assertThat(new GuestForm("Rina", "sim", "123456789012", "r@contoh.id", null, "individual", "RESEARCH", null)
                .missing()).isEmpty();
    }

    @Test
    void aFilledGuestForm_becomesTheGuestBookEntry() {
        var entry = new GuestForm("Rina", "passport", "x1234567", "r@contoh.id", "PT", "PRIVATE", "COMMERCIAL", "SG")
                .entry();
        assertThat(entry.idType()).isEqualTo(IdCardType.PASSPORT);
        assertThat(entry.segment()).isEqualTo(CustomerSegment.PRIVATE);
        assertThat(entry.purpose()).isEqualTo(Purpose.COMMERCIAL);
        assertThat(entry.countryCode()).isEqualTo("SG");
    }

    @Test
    void productRows_keepTheirPlaces_andAlwaysOfferOneEmptyRow() {
        RequestForm fresh = RequestForm.empty("RESEARCH");
        assertThat(fresh.rows()).hasSize(RequestForm.ROWS).allMatch(RequestForm.Row::isBlank);

        RequestForm typed = new RequestForm("RESEARCH", new String[] {"", "PUB-STATIN-2025", "MD-SUSENAS-2024-03"},
                new String[] {"", "", "R101, R407;R105"}, new String[] {"", "", "33 35"}, null);
        assertThat(typed.rows()).hasSize(3);
        assertThat(typed.adding("PRT-STATIN-2025").rows()).extracting(RequestForm.Row::code)
                .containsExactly("PRT-STATIN-2025", "PUB-STATIN-2025", "MD-SUSENAS-2024-03", null);

        var cart = typed.cart();
        assertThat(cart.purpose()).isEqualTo(Purpose.RESEARCH);
        assertThat(cart.items()).extracting(i -> i.productCode()).containsExactly("PUB-STATIN-2025",
                "MD-SUSENAS-2024-03");
        assertThat(cart.items().get(0).variables()).isNull();
        assertThat(cart.items().get(1).variables()).containsExactly("R101", "R407", "R105");
        assertThat(cart.items().get(1).regions()).isEqualTo(List.of("33", "35"));
    }

    @Test
    void anEmptyRequest_namesThePurposeAndTheProducts() {
        assertThat(RequestForm.empty(null).missing()).containsOnlyKeys("purpose", "items");
    }

    @Test
    void everyChoice_hasAnIndonesianLabel() {
        assertThat(DeskLabels.ID_TYPES).hasSize(IdCardType.values().length);
        assertThat(DeskLabels.SEGMENTS).hasSize(CustomerSegment.values().length);
        assertThat(DeskLabels.PURPOSES).hasSize(Purpose.values().length);
        assertThat(DeskLabels.STATUSES).hasSize(VisitStatus.values().length);
    }

    @Test
    void aWait_readsInMinutesAndSeconds() {
        assertThat(DeskPageController.VisitRow.minutes(0)).isEqualTo("0 mnt 00 dtk");
        assertThat(DeskPageController.VisitRow.minutes(605)).isEqualTo("10 mnt 05 dtk");
    }
}
