package id.go.bps.pst.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.bps.pst.staff.StaffRole;

/** Who reads each notice of the online sale (issue 3: customer at every step, staff on new work). */
class NoticeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "NEW_REQUEST, OFFICERS",
            "DOCUMENT_MISSING, CUSTOMER",
            "REQUEST_CANCELLED, CUSTOMER",
            "OFFER_READY, CUSTOMER",
            "BILLING_CODE_ISSUED, CUSTOMER",
            "TRANSFER_INSTRUCTIONS, CUSTOMER",
            "TRANSFER_REJECTED, CUSTOMER",
            "PAYMENT_RECEIVED, CUSTOMER",
            "AGREEMENT_REJECTED, CUSTOMER",
            "NEW_TRANSFER_PROOF, TREASURERS",
            "NEW_AGREEMENT, OFFICERS",
            "DELIVERED, CUSTOMER",
            "REVISION_REQUESTED, OFFICERS",
            "CLOSED_PLEASE_RATE, CUSTOMER",
            "LOW_RATING, SUPERVISORS",
            "COMPLAINT_FILED, SUPERVISORS",
            "SLA_WARNING, OFFICERS",
            "SLA_WARNING_SUPERVISOR, SUPERVISORS",
            "SLA_BREACHED, SUPERVISORS",
            "ACCOUNT_VERIFY_EMAIL, CUSTOMER",
            "ACCOUNT_RESET_PASSWORD, CUSTOMER"})
    void everyNotice_hasItsAudience(String name, Audience audience) {
        assertThat(Notice.named(name).audience()).isEqualTo(audience);
    }

    @Test
    void theTableAboveCoversEveryNotice() {
        assertThat(Notice.values()).hasSize(21);
    }

    @ParameterizedTest
    @CsvSource({"CUSTOMER,", "OFFICERS, OFFICER", "TREASURERS, TREASURER", "SUPERVISORS, SUPERVISOR"})
    void audience_mapsToTheStaffGroupOfItsRole(Audience audience, StaffRole role) {
        assertThat(audience.staffRole().orElse(null)).isEqualTo(role);
        assertThat(audience.isCustomer()).isEqualTo(role == null);
    }

    @Test
    void unknownName_isAClearErrorListingTheValidNames() {
        assertThatThrownBy(() -> Notice.named("OFFER_REDY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown notice 'OFFER_REDY'")
                .hasMessageContaining("OFFER_READY");
        assertThatThrownBy(() -> Notice.named(null)).hasMessageContaining("Unknown notice 'null'");
    }

    @Test
    void templateName_isTheKebabCaseName() {
        assertThat(Notice.CLOSED_PLEASE_RATE.template()).isEqualTo("closed-please-rate");
        assertThat(Arrays.stream(Notice.values()).map(Notice::template).distinct()).hasSize(21);
    }
}
