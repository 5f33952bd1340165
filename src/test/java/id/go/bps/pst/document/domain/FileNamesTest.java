package id.go.bps.pst.document.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "abstraksi.pdf                          | abstraksi.pdf",
        "../../etc/passwd                       | passwd",
        "C:\\Users\\sari\\Surat Permohonan.pdf  | Surat Permohonan.pdf",
        "laporan<script>.pdf                    | laporan_script_.pdf",
        "\"bukti\";transfer.jpg                 | _bukti_transfer.jpg",
        "data   susenas  2024.csv               | data susenas 2024.csv",
        "Kuesioner (final).pdf                  | Kuesioner (final).pdf",
        "Peta_Kecamatan-Belitung Timur.zip      | Peta_Kecamatan-Belitung Timur.zip",
        "...                                    | berkas",
        "'   '                                  | berkas",
        "/                                      | berkas",
        "Surat Pernyataan Ñandú.pdf             | Surat Pernyataan Ñandú.pdf"
    })
    void clientName_isKeptReadableButSafe(String original, String expected) {
        assertThat(FileNames.sanitise(original)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"200, .pdf", "400, .xlsx"})
    void longName_isCutKeepingItsExtension(int length, String extension) {
        String name = FileNames.sanitise("a".repeat(length) + extension);

        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(extension);
    }

    @ParameterizedTest
    @CsvSource({"'bad\u0000name.pdf', badname.pdf", "'tab\tname.pdf', tab name.pdf"})
    void controlCharacters_areDropped(String original, String expected) {
        assertThat(FileNames.sanitise(original)).isEqualTo(expected);
    }
}
