package id.go.bps.pst.request.process;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.go.bps.pst.request.RequestStatus;
import id.go.bps.pst.sla.PauseReason;
import id.go.bps.pst.sla.SlaClocks;
import id.go.bps.pst.sla.SlaService;

/**
 * What each status of the online sale does to the request's SLA clock (issue 5), in one place. The clock starts
 * when the documents are complete (the offer is prepared), pauses while the customer holds the ball (offer review,
 * payment, SPPD; payment and SPPD run in parallel, so it resumes only when neither waits), and stops at delivery.
 * A missing document is asked for before the clock starts, so that wait never counts.
 */
@Component
public class SlaClockSteps {

    enum Move { NONE, OPEN, WAITS, DELIVERED, CANCELLED }

    /** One status's effect: the move, the waits the customer starts holding and those handed back to the office. */
    record Step(Move move, Set<PauseReason> awaits, Set<PauseReason> releases) {

        static Step of(Move move) {
            return new Step(move, Set.of(), Set.of());
        }

        static Step waits(Set<PauseReason> awaits, Set<PauseReason> releases) {
            return new Step(Move.WAITS, awaits, releases);
        }
    }

    private static final Set<PauseReason> ALL = Set.of(PauseReason.values());
    static final Map<RequestStatus, Step> STEPS = steps();

    private final SlaClocks clocks;

    SlaClockSteps(SlaClocks clocks) {
        this.clocks = clocks;
    }

    /** Applies what {@code status} does to the clock of {@code requestNumber}, at {@code at} (the engine's time). */
    public void statusReached(String requestNumber, String officeCode, RequestStatus status, Instant at) {
        Step step = STEPS.get(status);
        switch (step.move()) {
            case OPEN -> {
                clocks.open(requestNumber, officeCode, SlaService.SALE, at);
                clocks.changeWaits(requestNumber, Set.of(), step.releases(), at);
            }
            case WAITS -> clocks.changeWaits(requestNumber, step.awaits(), step.releases(), at);
            case DELIVERED -> clocks.close(requestNumber, at, true);
            case CANCELLED -> clocks.close(requestNumber, at, false);
            case NONE -> { }
        }
    }

    private static Map<RequestStatus, Step> steps() {
        Map<RequestStatus, Step> steps = new EnumMap<>(RequestStatus.class);
        steps.put(RequestStatus.DRAFT, Step.of(Move.NONE));
        steps.put(RequestStatus.CHECKING_DOCUMENTS, Step.waits(Set.of(), Set.of(PauseReason.MISSING_DOCUMENT)));
        steps.put(RequestStatus.WAITING_DOCUMENT, Step.waits(Set.of(PauseReason.MISSING_DOCUMENT), Set.of()));
        // Documents complete: the clock starts; back here after a correction of the offer, the ball is back.
        steps.put(RequestStatus.PREPARING_OFFER, new Step(Move.OPEN, Set.of(), Set.of(PauseReason.OFFER_REVIEW)));
        steps.put(RequestStatus.WAITING_OFFER_REVIEW, Step.waits(Set.of(PauseReason.OFFER_REVIEW), Set.of()));
        // Payment and SPPD begin when the offer is accepted: the review is over, the next wait takes over.
        steps.put(RequestStatus.WAITING_PAYMENT,
                Step.waits(Set.of(PauseReason.PAYMENT), Set.of(PauseReason.OFFER_REVIEW)));
        steps.put(RequestStatus.BILLING_CODE_EXPIRED, Step.waits(Set.of(PauseReason.PAYMENT), Set.of()));
        steps.put(RequestStatus.VERIFYING_TRANSFER, Step.waits(Set.of(), Set.of(PauseReason.PAYMENT)));
        steps.put(RequestStatus.TRANSFER_REJECTED, Step.waits(Set.of(PauseReason.PAYMENT), Set.of()));
        steps.put(RequestStatus.PAID, Step.waits(Set.of(), Set.of(PauseReason.PAYMENT)));
        steps.put(RequestStatus.WAITING_AGREEMENT,
                Step.waits(Set.of(PauseReason.AGREEMENT), Set.of(PauseReason.OFFER_REVIEW)));
        steps.put(RequestStatus.VERIFYING_AGREEMENT, Step.waits(Set.of(), Set.of(PauseReason.AGREEMENT)));
        steps.put(RequestStatus.AGREEMENT_REJECTED, Step.waits(Set.of(PauseReason.AGREEMENT), Set.of()));
        steps.put(RequestStatus.AGREEMENT_ACCEPTED, Step.waits(Set.of(), Set.of(PauseReason.AGREEMENT)));
        steps.put(RequestStatus.PREPARING_DELIVERY, Step.waits(Set.of(), ALL));
        steps.put(RequestStatus.DELIVERED, Step.of(Move.DELIVERED));
        // A revision after delivery is outside the service standard: the clock stopped at the first delivery.
        steps.put(RequestStatus.REVISING, Step.of(Move.NONE));
        steps.put(RequestStatus.DONE, Step.of(Move.NONE));
        steps.put(RequestStatus.CANCELLED, Step.of(Move.CANCELLED));
        if (steps.size() != RequestStatus.values().length) {
            throw new IllegalStateException("Every request status needs its SLA clock step");
        }
        return Map.copyOf(steps);
    }
}
