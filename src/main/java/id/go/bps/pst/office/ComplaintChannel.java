package id.go.bps.pst.office;

/** One way to file a complaint with an office (seed 000: box at the desk, lapor.go.id, web form, email, SMS). */
public record ComplaintChannel(String kind, String value) {
}
