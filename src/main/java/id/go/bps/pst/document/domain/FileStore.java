package id.go.bps.pst.document.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import id.go.bps.pst.document.DocumentSettings;
import id.go.bps.pst.platform.ApiProblem;

/**
 * File content under the configured root, one folder per request. Every write goes to a temporary file in the
 * target's own folder, is synced to disk, then renamed atomically: a reader sees a whole file or none, and a crash
 * leaves at most a temporary file, which {@link TemporarySweeper} removes.
 */
@Component
public class FileStore {

    static final String TEMP_PREFIX = ".part-";
    static final String TEMP_SUFFIX = ".tmp";
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public FileStore(DocumentSettings settings) {
        this.root = settings.root().toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Copies the stream to a synced temporary file, with size and SHA-256; past {@code maxBytes} it is dropped. */
    public StagedFile stage(String folder, InputStream content, long maxBytes, Supplier<ApiProblem> tooLarge) {
        Path temp = newTemp(folder);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            MessageDigest sha = sha256();
            long size = copy(content, new DigestOutputStream(Channels.newOutputStream(channel), sha), maxBytes);
            if (size < 0) {
                deleteQuietly(temp);
                throw tooLarge.get();
            }
            channel.force(true);
            return new StagedFile(folder, temp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot store an upload in " + folder, e);
        }
    }

    /** Moves a staged file to its final, new key ({@code folder/uuid}) in one atomic rename. */
    public String commit(StagedFile staged) {
        String key = staged.folder() + "/" + UUID.randomUUID();
        move(staged.path(), resolve(key));
        return key;
    }

    /** Writes content under a key, replacing what was there in one atomic rename (rendered PDFs). */
    public void write(String key, IoWriter writer) {
        Path target = resolve(key);
        Path temp = newTemp(key.substring(0, key.lastIndexOf('/')));
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            writer.write(out);
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot write " + key, e);
        }
        move(temp, target);
    }

    public void discard(StagedFile staged) {
        deleteQuietly(staged.path());
    }

    public void delete(String key) {
        deleteQuietly(resolve(key));
    }

    /** The file of a key; keys come from this store only, and may never leave the root. */
    public Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Storage key outside the document root: " + key);
        }
        return path;
    }

    private Path newTemp(String folder) {
        Path dir = resolve(folder);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        return dir.resolve(TEMP_PREFIX + UUID.randomUUID() + TEMP_SUFFIX);
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(to.getParent());
        } catch (IOException e) {
            deleteQuietly(from);
            throw new UncheckedIOException("Cannot move a file into " + to, e);
        }
    }

    /** Returns the bytes copied, or -1 as soon as there are more than {@code max}. */
    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        out.flush();
        return total;
    }

    /** Makes the rename itself durable; not every platform can open a directory, and then the rename must do. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; NTFS renames are journalled.
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left for the sweeper; failing the caller over a stray temporary file would lose more than it saves.
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Writes content to a stream; may fail with an I/O error. */
    @FunctionalInterface
    public interface IoWriter {
        void write(OutputStream out) throws IOException;
    }
}
