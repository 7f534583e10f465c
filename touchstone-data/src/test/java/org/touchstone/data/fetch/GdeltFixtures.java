package org.touchstone.data.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small synthetic GDELT-shaped files, zipped in memory, and the list lines that describe them. */
final class GdeltFixtures {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2019, 10, 24, 14, 30);

    private GdeltFixtures() {
    }

    /**
     * A zipped GDELT 2.0 export for one 15-minute slot: {@code rows} tab-separated rows of 61
     * columns, a US-Russia "make optimistic comment" (CAMEO 042) with changing ids and tone.
     */
    static byte[] v2Export(String slot, int rows) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            String[] fields = new String[61];
            Arrays.fill(fields, "");
            fields[0] = String.valueOf(880_000_000L + i);
            fields[1] = slot.substring(0, 8);
            fields[2] = slot.substring(0, 6);
            fields[3] = slot.substring(0, 4);
            fields[5] = "USA";
            fields[6] = "UNITED STATES";
            fields[7] = "USA";
            fields[15] = "RUS";
            fields[16] = "RUSSIA";
            fields[17] = "RUS";
            fields[25] = "1";
            fields[26] = "042";
            fields[27] = "042";
            fields[28] = "04";
            fields[29] = "1";
            fields[30] = "1.9";
            fields[31] = String.valueOf(1 + i % 7);
            fields[32] = "1";
            fields[33] = String.valueOf(1 + i % 7);
            fields[34] = String.valueOf(-2.5 + (i % 50) / 10.0);
            fields[59] = slot;
            fields[60] = "https://news.example.org/story/" + slot + "/" + i;
            csv.append(String.join("\t", fields)).append('\n');
        }
        return zip(slot + ".export.CSV", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A zipped stand-in for any other GDELT file: a few tab-separated rows naming the file. */
    static byte[] otherFile(String name) {
        String rows = ("880000001\t" + name + "\t1\n").repeat(20);
        return zip(name.replace(".zip", ""), rows.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] zip(String entryName, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(entryName);
            entry.setTimeLocal(ENTRY_TIME); // a fixed time, so the same content always zips to the same bytes
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A masterfilelist.txt line: SIZE MD5 URL. */
    static String masterLine(byte[] content, URI url) {
        return content.length + " " + md5(content) + " " + url;
    }
}
