package id.go.bps.pst.document;

import java.util.Objects;

/** Who downloads, from where: every download is logged with both (NADA-style download log). */
public record Downloader(Actor actor, String clientIp) {

    public Downloader {
        Objects.requireNonNull(actor, "actor");
    }

    public static Downloader customer(String customerId, String clientIp) {
        return new Downloader(Actor.customer(customerId), clientIp);
    }

    public static Downloader staff(String userId, String clientIp) {
        return new Downloader(Actor.staff(userId), clientIp);
    }
}
