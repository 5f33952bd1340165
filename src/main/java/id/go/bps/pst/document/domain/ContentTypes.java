package id.go.bps.pst.document.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * The content type of a file from its bytes (Apache Tika's magic numbers). The name may only refine what the bytes
 * already say (a ZIP named .xlsx is a workbook, text named .csv is CSV); it never names bytes Tika cannot place,
 * so unknown binary content named .pdf stays {@code application/octet-stream} and is refused.
 */
@Component
public class ContentTypes {

    public static final String OCTET_STREAM = MediaType.OCTET_STREAM.toString();

    private final Tika tika = new Tika();
    private final MediaTypeRegistry types = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    /**
     * One pass over the bytes (the magic rules are the costly part of an upload); the name is matched on its own
     * and taken only when it names a special case of what the bytes are.
     */
    public String detect(Path file, String name) {
        try {
            MediaType byBytes = MediaType.parse(detect(file)).getBaseType();
            if (byBytes.equals(MediaType.OCTET_STREAM)) {
                return legacyFormat(file, name);
            }
            MediaType byName = name == null ? MediaType.OCTET_STREAM : MediaType.parse(tika.detect(name)).getBaseType();
            return (types.isSpecializationOf(byName, byBytes) ? byName : byBytes).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private String detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return tika.detect(in);
        }
    }

    /**
     * Stata files before version 13 are binary with a 3-byte header Tika does not know: release 102 to 115, byte
     * order 1 or 2, file type 1 (Stata's dta documentation). Compressed SPSS files start with "$FL3".
     */
    private static String legacyFormat(Path file, String name) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (read >= 3 && lower.endsWith(".dta") && head[0] >= 102 && head[0] <= 115
                && (head[1] == 1 || head[1] == 2) && head[2] == 1) {
            return "application/x-stata-dta";
        }
        if (read == 4 && head[0] == '$' && head[1] == 'F' && head[2] == 'L' && head[3] == '3') {
            return "application/x-spss-sav";
        }
        return OCTET_STREAM;
    }

}
