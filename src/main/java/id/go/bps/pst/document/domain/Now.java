package id.go.bps.pst.document.domain;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The business clock: the engine's, so a process test that moves time moves grant expiries and validity too. */
public final class Now {

    private Now() {
    }

    public static Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
