package id.go.bps.pst.tariff;

/**
 * Who buys, as far as the tariff and the documents are concerned (seed 000 for NPWP, seed 002 for Rp0). The rules
 * that read a segment live in {@code processes/zero-rupiah-eligibility.dmn} and {@code required-documents.dmn}.
 */
public enum CustomerSegment {
    /** Kementerian/lembaga pemerintah pusat. */
    GOVERNMENT_CENTRAL,
    /** Pemerintah daerah (provinsi, kabupaten/kota). */
    GOVERNMENT_REGIONAL,
    /** Lembaga negara (DPR, MA, BPK and the like). */
    STATE_BODY,
    /** Lembaga pendidikan dalam negeri. */
    EDUCATION_DOMESTIC,
    /** Perwakilan negara asing. */
    FOREIGN_MISSION,
    /** Lembaga internasional. */
    INTERNATIONAL_BODY,
    /** Mahasiswa Polstat STIS and students on a BPS/STIS study assignment (tugas belajar). */
    STIS_STUDENT,
    /** Any other student. */
    STUDENT,
    /** Perorangan. */
    INDIVIDUAL,
    /** Swasta/usaha: the only segment that must show an NPWP (seed 000). */
    PRIVATE
}
