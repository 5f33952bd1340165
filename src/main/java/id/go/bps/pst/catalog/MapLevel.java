package id.go.bps.pst.catalog;

/** The coverage and unit of a digital wilkerstat map; the PP 13/2024 tariff is set per level. */
public enum MapLevel {
    /** Indonesia by kecamatan (district). */
    NATIONAL_BY_DISTRICT,
    /** Indonesia by desa (village). */
    NATIONAL_BY_VILLAGE,
    /** One kabupaten/kota by kecamatan. */
    REGENCY_BY_DISTRICT,
    /** One kabupaten/kota by desa/kelurahan. */
    REGENCY_BY_VILLAGE
}
