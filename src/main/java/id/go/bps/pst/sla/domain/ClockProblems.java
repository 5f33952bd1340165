package id.go.bps.pst.sla.domain;

import java.time.Instant;

import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.sla.ClockEventKind;

/** Transitions a clock refuses, explained in both languages (409: the clock's state does not allow them). */
final class ClockProblems {

    private ClockProblems() {
    }

    static ApiProblem alreadyPaused(String request) {
        return ApiProblem.conflict("sla.clock-already-paused",
                "Jam SLA permintaan " + request + " sudah berhenti sementara.",
                "The SLA clock of request " + request + " is already paused.");
    }

    static ApiProblem notPaused(String request) {
        return ApiProblem.conflict("sla.clock-not-paused",
                "Jam SLA permintaan " + request + " sedang berjalan, tidak dapat dilanjutkan.",
                "The SLA clock of request " + request + " is running: there is nothing to resume.");
    }

    static ApiProblem stopped(String request) {
        return ApiProblem.conflict("sla.clock-stopped",
                "Jam SLA permintaan " + request + " sudah dihentikan.",
                "The SLA clock of request " + request + " has stopped.");
    }

    static ApiProblem outOfOrder(String request, ClockEventKind kind, Instant at) {
        return ApiProblem.conflict("sla.clock-event-out-of-order",
                "Peristiwa " + kind + " pada " + at + " lebih awal dari peristiwa terakhir jam SLA " + request + ".",
                "The " + kind + " at " + at + " is earlier than the last event of the SLA clock of " + request + ".");
    }

    static ApiProblem reasonRequired(String request) {
        return ApiProblem.badRequest("sla.pause-reason-required",
                "Alasan penghentian sementara jam SLA permintaan " + request + " wajib diisi.",
                "Pausing the SLA clock of request " + request + " needs a reason.");
    }
}
