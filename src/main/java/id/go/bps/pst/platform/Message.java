package id.go.bps.pst.platform;

/** A text a person reads, in Indonesian ({@code id}) and English ({@code en}). */
public record Message(String id, String en) {

    public static Message of(String id, String en) {
        return new Message(id, en);
    }
}
