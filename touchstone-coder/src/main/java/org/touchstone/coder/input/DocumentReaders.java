package org.touchstone.coder.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.touchstone.core.Document;

/**
 * The entry point for reading documents: picks the reader from the file name and, where the name
 * does not settle it, from the first bytes. Gzipped input (by ".gz" or by its magic bytes) is
 * decompressed on the fly.
 *
 * <ul>
 *   <li>.txt, .text: plain text; .jsonl, .ndjson, .json: JSON; .html, .htm, .xhtml: HTML;
 *       .rss, .atom: feed;</li>
 *   <li>.xml and unknown names: by the root element: {@code rss}, {@code RDF}, {@code feed} are
 *       feeds; {@code Sentences}, {@code Validation} are PETRARCH records; {@code html} is HTML;
 *       content starting with '{' or '[' is JSON; anything else without markup is plain text.</li>
 * </ul>
 * Opening never throws: a file that cannot be opened is reported and gives no documents.
 */
public final class DocumentReaders {

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern ROOT_ELEMENT = Pattern.compile(
            "^(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\\w.:-]*)", Pattern.DOTALL);
    private static final Pattern HTML_DOCTYPE = Pattern.compile("^\\s*<!DOCTYPE\\s+html", Pattern.CASE_INSENSITIVE);

    private DocumentReaders() {
    }

    /** A reader for the file; problems (including a file that cannot be opened) go to {@code problems}. */
    public static DocumentReader open(Path file, ReaderOptions options, Consumer<InputProblem> problems) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException | RuntimeException e) {
            problems.accept(InputProblem.whole(file.toString(), "cannot open: " + e));
            return empty();
        }
        return open(in, file.toString(), options, problems);
    }

    /** A reader for a stream whose name (a file name or URL) hints at its format. */
    public static DocumentReader open(InputStream raw, String name, ReaderOptions options,
                                      Consumer<InputProblem> problems) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
            InputStream content = isGzip(in) ? new BufferedInputStream(new GZIPInputStream(in), SNIFF_BYTES) : in;
            InputFormat format = detect(name, peek((BufferedInputStream) content));
            return switch (format) {
                case PLAIN_TEXT -> new PlainTextReader(content, name, options, problems);
                case JSON -> new JsonDocumentReader(content, name, options, problems);
                case HTML -> new HtmlDocumentReader(content, name, options, problems);
                case FEED -> new FeedReader(content, name, options, problems);
                case PETRARCH_XML -> new PetrarchRecordReader(content, name, problems).asDocuments();
            };
        } catch (IOException | RuntimeException e) {
            problems.accept(InputProblem.whole(name, "cannot read: " + e));
            try {
                raw.close();
            } catch (IOException ignored) {
                // already reporting why this input is unreadable
            }
            return empty();
        }
    }

    /** The format of the input named {@code name} whose first bytes are {@code head}. */
    public static InputFormat detect(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        switch (extension) {
            case "txt", "text" -> {
                return InputFormat.PLAIN_TEXT;
            }
            case "jsonl", "ndjson", "json" -> {
                return InputFormat.JSON;
            }
            case "html", "htm", "xhtml" -> {
                return InputFormat.HTML;
            }
            case "rss", "atom" -> {
                return InputFormat.FEED;
            }
            default -> {
                return byContent(head);
            }
        }
    }

    private static InputFormat byContent(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return InputFormat.JSON;
        }
        if (!start.startsWith("<")) {
            return InputFormat.PLAIN_TEXT;
        }
        if (HTML_DOCTYPE.matcher(start).lookingAt()) {
            return InputFormat.HTML;
        }
        Matcher root = ROOT_ELEMENT.matcher(start);
        if (root.lookingAt()) {
            String element = root.group(1);
            String local = element.substring(element.indexOf(':') + 1);
            switch (local) {
                case "rss", "RDF", "feed" -> {
                    return InputFormat.FEED;
                }
                case "Sentences", "Validation" -> {
                    return InputFormat.PETRARCH_XML;
                }
                default -> {
                    return InputFormat.HTML;
                }
            }
        }
        return InputFormat.HTML;
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return head;
    }

    private static DocumentReader empty() {
        return new DocumentReader() {
            @Override
            public Document next() {
                return null;
            }

            @Override
            public void close() {
            }
        };
    }
}
