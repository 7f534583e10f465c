package org.touchstone.coder.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** How the readers turn bytes into text: UTF-8, a leading byte-order mark dropped, bad bytes replaced. */
final class TextDecoding {

    private TextDecoding() {
    }

    static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** Reads at most {@code maxChars + 1} characters, so the caller can tell "too long" from "just fits". */
    static String readUpTo(Reader reader, int maxChars) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while (text.length() <= maxChars && (n = reader.read(buffer, 0, Math.min(buffer.length,
                maxChars + 1 - text.length()))) > 0) {
            text.append(buffer, 0, n);
        }
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    /** Text that is evidently not text: NUL characters, or many undecodable bytes. */
    static boolean looksBinary(String text) {
        if (text.indexOf('\0') >= 0) {
            return true;
        }
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                replaced++;
            }
        }
        return replaced > 16 && replaced * 20 > text.length();
    }

    /** A file name without its directory, ".gz" and last extension: "news/a.txt.gz" becomes "a". */
    static String baseName(String sourceName) {
        String name = sourceName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
