package id.go.bps.pst.walkin.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The walk-in service standard (Perka BPS 78/2020; seed 001: "dilayani maksimal 10 menit sejak pengguna layanan pada
 * antrian sebelumnya selesai"): a waiting visitor is called within the allowed minutes of the previous number
 * finishing, or of their own arrival when that is later or when they are the day's first number.
 *
 * @param previousFinishedAt null while the previous number waits or is still at a desk
 */
public record ServiceStandard(Duration allowed, Instant arrivedAt, boolean hasPrevious, Instant previousFinishedAt) {

    /** Since when the standard counts; empty while the visitor before is still being served. */
    public Optional<Instant> countsFrom() {
        if (!hasPrevious) {
            return Optional.of(arrivedAt);
        }
        if (previousFinishedAt == null) {
            return Optional.empty();
        }
        return Optional.of(previousFinishedAt.isAfter(arrivedAt) ? previousFinishedAt : arrivedAt);
    }

    /** When to look again: the moment the standard is missed, or, while it does not count yet, one allowance on. */
    public Instant nextCheck(Instant now) {
        return countsFrom().map(from -> from.plus(allowed)).orElse(now.plus(allowed));
    }

    public boolean missedAt(Instant now) {
        return countsFrom().map(from -> !now.isBefore(from.plus(allowed))).orElse(false);
    }
}
