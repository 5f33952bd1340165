package id.go.bps.pst.document.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes temporary files a crash left behind (an upload cut off between write and rename). Only files older than
 * a day go, so an upload running while the application starts is never touched.
 */
@Component
class TemporarySweeper {

    private static final Logger log = LoggerFactory.getLogger(TemporarySweeper.class);
    private static final Duration AGE = Duration.ofDays(1);

    private final FileStore store;

    TemporarySweeper(FileStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sweep() {
        if (!Files.isDirectory(store.root())) {
            return;
        }
        FileTime cutoff = FileTime.from(Instant.now().minus(AGE));
        try (Stream<Path> files = Files.find(store.root(), 2, (path, attributes) -> attributes.isRegularFile()
                && isTemporary(path) && attributes.lastModifiedTime().compareTo(cutoff) < 0)) {
            List<Path> stale = files.toList();
            stale.forEach(FileStore::deleteQuietly);
            if (!stale.isEmpty()) {
                log.info("Removed {} interrupted upload(s) under {}", stale.size(), store.root());
            }
        } catch (IOException e) {
            log.warn("Could not sweep temporary files under {}", store.root(), e);
        }
    }

    private static boolean isTemporary(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(FileStore.TEMP_PREFIX) && name.endsWith(FileStore.TEMP_SUFFIX);
    }
}
