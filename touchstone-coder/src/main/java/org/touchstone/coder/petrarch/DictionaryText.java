package org.touchstone.coder.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The comment conventions shared by the PETRARCH and TABARI dictionary files, applied before any
 * entry is parsed:
 * <ul>
 *   <li>{@code <!-- ... -->} comments, on one line, inside a line, or over several lines (ended by
 *       the first {@code -->}, which may itself sit on a {@code #} line);</li>
 *   <li>any other line starting with {@code <!} (declarations);</li>
 *   <li>{@code #} to the end of the line, wherever it occurs outside brackets (as PETRARCH reads it;
 *       inside brackets it is the TABARI code {@code [###]});</li>
 *   <li>optionally {@code ;} to the end of the line: TABARI's comment mark, still found after a few
 *       verbs of CAMEO.2.0 ("SCRAP {...};shan 8/30/93").</li>
 * </ul>
 * Lines left blank are dropped; line numbers are kept for every remaining line.
 */
final class DictionaryText {

    private DictionaryText() {
    }

    static List<String> readLines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        }
    }

    static List<DictionaryLine> contentLines(List<String> raw, boolean semicolonComments) {
        List<DictionaryLine> lines = new ArrayList<>();
        boolean inXmlComment = false;
        for (int i = 0; i < raw.size(); i++) {
            String rawLine = raw.get(i);
            String line = rawLine;
            StringBuilder kept = new StringBuilder();
            while (!line.isEmpty()) {
                if (inXmlComment) {
                    int end = line.indexOf("-->");
                    if (end < 0) {
                        line = "";
                    } else {
                        inXmlComment = false;
                        line = line.substring(end + 3);
                    }
                } else {
                    int start = line.indexOf("<!--");
                    if (start < 0) {
                        kept.append(line);
                        line = "";
                    } else {
                        kept.append(line, 0, start);
                        inXmlComment = true;
                        line = line.substring(start + 4);
                    }
                }
            }
            String content = kept.toString();
            if (content.stripLeading().startsWith("<!")) {
                content = "";
            }
            String comment = "";
            int hash = commentStart(content);
            if (hash >= 0) {
                comment = content.substring(hash + 1).strip();
                content = content.substring(0, hash);
            }
            if (semicolonComments) {
                int semicolon = content.indexOf(';');
                if (semicolon >= 0) {
                    comment = (content.substring(semicolon + 1).strip() + " " + comment).strip();
                    content = content.substring(0, semicolon);
                }
            }
            content = content.stripTrailing();
            if (!content.isBlank()) {
                lines.add(new DictionaryLine(i + 1, content, comment, rawLine));
            }
        }
        return lines;
    }

    /** The first '#' outside brackets: "[###]" is a (TABARI) code, not a comment. */
    private static int commentStart(String content) {
        int depth = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (c == '#' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The file name without its directory, for messages. */
    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
