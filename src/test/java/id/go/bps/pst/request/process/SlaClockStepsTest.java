package id.go.bps.pst.request.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.bps.pst.request.RequestStatus;
import id.go.bps.pst.sla.PauseReason;

/** The one table of what each status does to the SLA clock (issue 5). */
class SlaClockStepsTest {

    @ParameterizedTest(name = "{0}: {1}, customer holds [{2}], office gets back [{3}]")
    @CsvSource(delimiter = '|', value = {
            "DRAFT                | NONE      |                   |",
            "CHECKING_DOCUMENTS   | WAITS     |                   | MISSING_DOCUMENT",
            "WAITING_DOCUMENT     | WAITS     | MISSING_DOCUMENT  |",
            "PREPARING_OFFER      | OPEN      |                   | OFFER_REVIEW",
            "WAITING_OFFER_REVIEW | WAITS     | OFFER_REVIEW      |",
            "WAITING_PAYMENT      | WAITS     | PAYMENT           | OFFER_REVIEW",
            "BILLING_CODE_EXPIRED | WAITS     | PAYMENT           |",
            "VERIFYING_TRANSFER   | WAITS     |                   | PAYMENT",
            "TRANSFER_REJECTED    | WAITS     | PAYMENT           |",
            "PAID                 | WAITS     |                   | PAYMENT",
            "WAITING_AGREEMENT    | WAITS     | AGREEMENT         | OFFER_REVIEW",
            "VERIFYING_AGREEMENT  | WAITS     |                   | AGREEMENT",
            "AGREEMENT_REJECTED   | WAITS     | AGREEMENT         |",
            "AGREEMENT_ACCEPTED   | WAITS     |                   | AGREEMENT",
            "PREPARING_DELIVERY   | WAITS     |                   | MISSING_DOCUMENT OFFER_REVIEW PAYMENT AGREEMENT",
            "DELIVERED            | DELIVERED |                   |",
            "REVISING             | NONE      |                   |",
            "DONE                 | NONE      |                   |",
            "CANCELLED            | CANCELLED |                   |",
    })
    void status_movesTheClock(RequestStatus status, SlaClockSteps.Move move, String awaits, String releases) {
        SlaClockSteps.Step step = SlaClockSteps.STEPS.get(status);

        assertThat(step.move()).isEqualTo(move);
        assertThat(step.awaits()).isEqualTo(reasons(awaits));
        assertThat(step.releases()).isEqualTo(reasons(releases));
    }

    @Test
    void everyStatus_hasAStep() {
        assertThat(SlaClockSteps.STEPS.keySet()).containsExactlyInAnyOrder(RequestStatus.values());
    }

    private static Set<PauseReason> reasons(String names) {
        return names == null ? Set.of() : Arrays.stream(names.trim().split(" +")).map(PauseReason::valueOf)
                .collect(Collectors.toSet());
    }
}
