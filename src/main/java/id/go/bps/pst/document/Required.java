package id.go.bps.pst.document;

/** Checks for the data records: a caller's bug, not a customer's input, so a plain exception. */
final class Required {

    private Required() {
    }

    static void text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
