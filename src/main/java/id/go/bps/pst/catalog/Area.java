package id.go.bps.pst.catalog;

/** A province or a regency/city by its BPS code (Master File Desa) and name, e.g. {@code 33 JAWA TENGAH}. */
public record Area(String code, String name) {

    /** The area, or null when the product has none (a national product). */
    public static Area ofNullable(String code, String name) {
        return code == null ? null : new Area(code, name);
    }
}
