package id.go.bps.pst.walkin.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import id.go.bps.pst.tariff.CustomerSegment;
import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.walkin.IdCardType;
import id.go.bps.pst.walkin.VisitStatus;

/** The Indonesian names the desk pages show for the codes the officer chooses from. */
final class DeskLabels {

    static final Map<String, String> ID_TYPES = ordered(
            IdCardType.KTP, "KTP (NIK)",
            IdCardType.SIM, "SIM",
            IdCardType.PASSPORT, "Paspor");

    static final Map<String, String> SEGMENTS = ordered(
            CustomerSegment.GOVERNMENT_CENTRAL, "Kementerian/lembaga pemerintah pusat",
            CustomerSegment.GOVERNMENT_REGIONAL, "Pemerintah daerah",
            CustomerSegment.STATE_BODY, "Lembaga negara",
            CustomerSegment.EDUCATION_DOMESTIC, "Lembaga pendidikan dalam negeri",
            CustomerSegment.FOREIGN_MISSION, "Perwakilan negara asing",
            CustomerSegment.INTERNATIONAL_BODY, "Lembaga internasional",
            CustomerSegment.STIS_STUDENT, "Mahasiswa Polstat STIS / tugas belajar",
            CustomerSegment.STUDENT, "Mahasiswa/pelajar",
            CustomerSegment.INDIVIDUAL, "Perorangan",
            CustomerSegment.PRIVATE, "Swasta/usaha");

    static final Map<String, String> PURPOSES = ordered(
            Purpose.STATE_DUTY, "Pelaksanaan tugas negara/pemerintahan",
            Purpose.RESEARCH, "Penelitian",
            Purpose.COMMUNITY_EMPOWERMENT, "Pemberdayaan masyarakat",
            Purpose.INTERNATIONAL_COMMITMENT, "Komitmen internasional",
            Purpose.COMMERCIAL, "Komersial");

    static final Map<String, String> STATUSES = ordered(
            VisitStatus.WAITING, "Menunggu",
            VisitStatus.SERVING, "Dilayani",
            VisitStatus.CONSULTATION, "Konsultasi",
            VisitStatus.DONE, "Selesai");

    private DeskLabels() {
    }

    private static Map<String, String> ordered(Object... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(((Enum<?>) pairs[i]).name(), (String) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }
}
