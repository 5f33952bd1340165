package id.go.bps.pst.document.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Real, tiny sample files: the first bytes are what the formats write, so detection sees what it sees in use. */
public final class Samples {

    private Samples() {
    }

    public static byte[] pdf() {
        return ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    public static byte[] csv() {
        return ascii("kode,provinsi,rumah_tangga\n33,JAWA TENGAH,9876543\n75,GORONTALO,312345\n");
    }

    public static byte[] text() {
        return ascii("Ini bukan PDF, hanya teks biasa yang diberi nama .pdf.\n");
    }

    public static byte[] json() {
        return ascii("{\"type\":\"FeatureCollection\",\"features\":[]}\n");
    }

    /** A DOS/Windows executable: "MZ" and the DOS stub. */
    public static byte[] exe() {
        byte[] stub = new byte[128];
        stub[0] = 'M';
        stub[1] = 'Z';
        stub[2] = (byte) 0x90;
        byte[] text = ascii("This program cannot be run in DOS mode.");
        System.arraycopy(text, 0, stub, 78, text.length);
        return stub;
    }

    /** Bytes no format claims. */
    public static byte[] unknownBinary() {
        return new byte[] {0x00, 0x13, (byte) 0xFE, 0x7F, 0x00, 0x00, (byte) 0x80, 0x01, 0x02, (byte) 0xC3};
    }

    /** A zipped shapefile, as map products are delivered. */
    public static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new String[] {"kecamatan.shp", "kecamatan.dbf", "kecamatan.shx"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(new byte[] {0, 0, 0x27, 0x0A});
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] sevenZip() {
        return new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0x00, 0x04, 0, 0, 0, 0};
    }

    public static byte[] spss() {
        return ascii("$FL2@(#) IBM SPSS STATISTICS 64-bit Linux 26.0.0.0");
    }

    /** Stata 10/11 (release 114): binary header Tika does not know. */
    public static byte[] stataLegacy() {
        return new byte[] {0x72, 0x02, 0x01, 0x00, 0x05, 0x00, 0x10, 0x00, 0x00, 0x00};
    }

    /** dBase III: version, date, record count, header and record length, then one field descriptor. */
    public static byte[] dbf() {
        byte[] dbf = new byte[65];
        dbf[0] = 0x03;
        dbf[1] = 124;
        dbf[2] = 3;
        dbf[3] = 2;
        dbf[4] = 2;
        dbf[8] = 65;
        dbf[10] = 11;
        byte[] name = ascii("KODE");
        System.arraycopy(name, 0, dbf, 32, name.length);
        dbf[43] = 'C';
        dbf[48] = 10;
        dbf[64] = 0x0D;
        return dbf;
    }

    /** {@code size} bytes of a PDF-looking stream, generated as it is read (no big arrays in tests either). */
    public static InputStream pdfOfSize(long size) {
        byte[] head = pdf();
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                int b = position < head.length ? head[(int) position] : ' ';
                position++;
                return b;
            }
        };
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF2060A0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
