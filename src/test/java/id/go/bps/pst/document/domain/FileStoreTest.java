package id.go.bps.pst.document.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.bps.pst.document.DocumentSettings;
import id.go.bps.pst.platform.ApiProblem;

class FileStoreTest {

    @TempDir
    Path root;

    private FileStore store() {
        return new FileStore(DocumentSettings.defaults().withRoot(root));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
        "'',    e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "abc,   ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "'The quick brown fox jumps over the lazy dog', d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
    })
    void stage_measuresSizeAndSha256(String content, String sha256) {
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);

        StagedFile staged = store().stage("PST-1", new ByteArrayInputStream(bytes), 100, () -> null);

        assertThat(staged.sha256()).isEqualTo(sha256);
        assertThat(staged.sizeBytes()).isEqualTo(bytes.length);
        assertThat(staged.path().getParent()).isEqualTo(root.resolve("PST-1"));
        assertThat(staged.path().getFileName().toString()).startsWith(".part-").endsWith(".tmp");
    }

    @Test
    void commit_renamesTheStagedFileInItsFolder() throws IOException {
        FileStore store = store();
        StagedFile staged = store.stage("PST-1", new ByteArrayInputStream(Samples.pdf()), 1000, () -> null);

        String key = store.commit(staged);

        assertThat(key).startsWith("PST-1/");
        assertThat(Files.readAllBytes(store.resolve(key))).isEqualTo(Samples.pdf());
        assertThat(staged.path()).doesNotExist();
        assertThat(files("PST-1")).containsExactly(store.resolve(key));
    }

    @ParameterizedTest(name = "{0} bytes with a limit of {1}: too large = {2}")
    @CsvSource({"1024, 1024, false", "1025, 1024, true", "300000, 200000, true", "0, 10, false"})
    void stage_overTheLimit_leavesNothingBehind(long size, long max, boolean tooLarge) throws IOException {
        FileStore store = store();
        ApiProblem problem = ApiProblem.badRequest("test.too-large", "besar", "large");

        if (tooLarge) {
            assertThatThrownBy(() -> store.stage("PST-2", Samples.pdfOfSize(size), max, () -> problem))
                    .isSameAs(problem);
            assertThat(files("PST-2")).isEmpty();
        } else {
            assertThat(store.stage("PST-2", Samples.pdfOfSize(size), max, () -> problem).sizeBytes()).isEqualTo(size);
        }
    }

    @Test
    void write_replacesWholeFilesOnly() throws IOException {
        FileStore store = store();
        store.write("PST-3/issued-1.pdf", out -> out.write("first".getBytes(StandardCharsets.US_ASCII)));
        store.write("PST-3/issued-1.pdf", out -> out.write("second".getBytes(StandardCharsets.US_ASCII)));

        assertThat(store.resolve("PST-3/issued-1.pdf")).hasContent("second");
        assertThat(files("PST-3")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"../outside", "PST-1/../../outside", "/etc/passwd", "''"})
    void keysOutsideTheRoot_areRefused(String key) {
        assertThatThrownBy(() -> store().resolve(key)).isInstanceOf(IllegalArgumentException.class);
    }

    private java.util.List<Path> files(String folder) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
