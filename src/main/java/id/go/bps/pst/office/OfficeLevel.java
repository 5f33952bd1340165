package id.go.bps.pst.office;

/** Where an office sits in BPS: BPS RI, a province, or a regency/city (kabupaten/kota). */
public enum OfficeLevel {
    NATIONAL,
    PROVINCE,
    REGENCY
}
