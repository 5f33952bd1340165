package id.go.bps.pst.walkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.bps.pst.customer.GuestBookEntry;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.tariff.CustomerSegment;
import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.walkin.GuestEntry;
import id.go.bps.pst.walkin.IdCardType;

/** The guest book's checks before an entry reaches the customer accounts (seed 001 walk-in requirements 2 and 3). */
class GuestBookTest {

    @ParameterizedTest(name = "[{index}] {0} / {1} {2} / {3} / {4}: {5}")
    @CsvSource(nullValues = "-", value = {
            // name,       id type,  id number,          email,            segment,    refused with
            "'',           KTP,      3374014508900002,   rina@contoh.id,   INDIVIDUAL, walkin.guest.name",
            "Rina Lestari, -,        3374014508900002,   rina@contoh.id,   INDIVIDUAL, walkin.guest.id-type",
            "Rina Lestari, KTP,      3374019908900002,   rina@contoh.id,   INDIVIDUAL, nik",
            "Rina Lestari, SIM,      12345,              rina@contoh.id,   INDIVIDUAL, walkin.sim.format",
            "Rina Lestari, KTP,      3374014508900002,   rina(at)contoh,   INDIVIDUAL, email",
            "Rina Lestari, KTP,      3374014508900002,   rina@contoh.id,   -,          walkin.guest.segment",
    })
    void refusals_nameTheField(String name, IdCardType type, String number, String email, CustomerSegment segment,
                               String code) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> GuestBook.check(
                new GuestEntry(name, type, number, email, null, segment, Purpose.RESEARCH, null)));

        assertThat(problem).isNotNull();
        assertThat(problem.status().value()).isEqualTo(400);
        assertThat(problem.code()).startsWith(code);
        assertThat(problem.text().id()).isNotBlank().isNotEqualTo(problem.text().en());
    }

    @Test
    void aValidEntry_isNormalisedForTheAccount() {
        GuestBookEntry entry = GuestBook.check(new GuestEntry("  Rina Lestari ", IdCardType.PASSPORT, "c 1234567",
                "Rina@Contoh.ID", " ", CustomerSegment.INDIVIDUAL, Purpose.RESEARCH, "au"));

        assertThat(entry.displayName()).isEqualTo("Rina Lestari");
        assertThat(entry.identityKind()).isEqualTo("PASSPORT");
        assertThat(entry.identityNumber()).isEqualTo("C1234567");
        assertThat(entry.institution()).isNull();
        assertThat(entry.countryCode()).isEqualTo("AU");
        assertThat(entry.email()).isEqualToIgnoringCase("rina@contoh.id");
    }
}
