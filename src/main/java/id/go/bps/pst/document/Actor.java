package id.go.bps.pst.document;

import java.util.Objects;

/** A customer id or a staff user id, with its kind. Ids only: names and contact data stay in their modules. */
public record Actor(String id, ActorKind kind) {

    public static final Actor SYSTEM = new Actor("system", ActorKind.SYSTEM);

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An actor needs an id");
        }
    }

    public static Actor customer(String id) {
        return new Actor(id, ActorKind.CUSTOMER);
    }

    public static Actor staff(String id) {
        return new Actor(id, ActorKind.STAFF);
    }
}
