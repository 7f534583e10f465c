package org.touchstone.coder.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.touchstone.core.Document;

/**
 * Documents as JSON objects with the fields {@code id, date, provider, provider_country (or
 * providerCountry), url, title, text, venue}: either one object per line (JSON Lines, the format of
 * the project's sample corpus) or one top-level array of objects, read element by element.
 *
 * <p>{@code id} (a string or a number) and {@code text} are required; {@code date} is required
 * unless {@code --date} supplies one, and may be written as {@code 2022-02-04} or a full ISO
 * timestamp (its date part is taken as written). Other fields are optional strings; unknown fields
 * are ignored. A line or element that breaks these rules is reported and skipped.
 */
public final class JsonDocumentReader implements DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Room for the field names and escapes around a document of the maximum size. */
    private static final int LINE_OVERHEAD = 64 * 1024;

    private final BufferedReader in;
    private final String sourceName;
    private final ReaderOptions options;
    private final Consumer<InputProblem> problems;
    private BoundedLineReader lines;
    private JsonParser array;
    private long arrayItem;
    private boolean started;
    private boolean done;

    public JsonDocumentReader(InputStream in, String sourceName, ReaderOptions options,
                              Consumer<InputProblem> problems) {
        this.in = new BufferedReader(TextDecoding.utf8(in), 1 << 16);
        this.sourceName = sourceName;
        this.options = options;
        this.problems = problems;
    }

    @Override
    public Document next() {
        if (done) {
            return null;
        }
        try {
            if (!started) {
                started = true;
                start();
            }
            Document document = array != null ? nextFromArray() : nextFromLines();
            if (document == null) {
                done = true;
            }
            return document;
        } catch (IOException | RuntimeException e) {
            done = true;
            long line = lines != null ? lines.lineNumber() : 0;
            problems.accept(InputProblem.atLine(sourceName, line, "cannot read further: " + e.getMessage()));
            return null;
        }
    }

    /** Looks at the first character: '[' means one array of documents, anything else JSON Lines. */
    private void start() throws IOException {
        in.mark(1 << 15);
        int c;
        int seen = 0;
        do {
            c = in.read();
            seen++;
        } while (c != -1 && seen < (1 << 15) - 1 && (Character.isWhitespace(c) || c == '\uFEFF'));
        in.reset();
        if (c == '[') {
            array = JSON.createParser(in);
            array.nextToken();
        } else {
            lines = new BoundedLineReader(in, options.maxDocumentChars() + LINE_OVERHEAD);
        }
    }

    private Document nextFromLines() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            long number = lines.lineNumber();
            if (lines.wasTooLong()) {
                problems.accept(InputProblem.atLine(sourceName, number, "line longer than "
                        + (options.maxDocumentChars() + LINE_OVERHEAD) + " characters"));
                continue;
            }
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                problems.accept(InputProblem.atLine(sourceName, number, "not valid JSON: "
                        + e.getOriginalMessage()));
                continue;
            }
            Conversion conversion = convert(node);
            if (conversion.document != null) {
                return conversion.document;
            }
            problems.accept(InputProblem.atLine(sourceName, number, conversion.reason));
        }
        return null;
    }

    private Document nextFromArray() throws IOException {
        while (true) {
            JsonToken token;
            try {
                token = array.nextToken();
            } catch (JsonProcessingException e) {
                reportArrayFailure(e);
                return null;
            }
            if (token == null || token == JsonToken.END_ARRAY) {
                return null;
            }
            arrayItem++;
            JsonNode node;
            try {
                node = array.readValueAsTree();
            } catch (JsonProcessingException e) {
                reportArrayFailure(e);
                return null;
            }
            Conversion conversion = convert(node);
            if (conversion.document != null) {
                return conversion.document;
            }
            problems.accept(InputProblem.atItem(sourceName, arrayItem, conversion.reason));
        }
    }

    private void reportArrayFailure(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        long line = where == null ? 0 : where.getLineNr();
        problems.accept(InputProblem.atLine(sourceName, Math.max(line, 0), "not valid JSON, reading stops: "
                + e.getOriginalMessage()));
    }

    private record Conversion(Document document, String reason) {
        static Conversion rejected(String reason) {
            return new Conversion(null, reason);
        }
    }

    private Conversion convert(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Conversion.rejected("not a JSON object");
        }
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull() ? null
                : idNode.isTextual() || idNode.isIntegralNumber() ? idNode.asText().strip() : null;
        if (id == null || id.isEmpty()) {
            return Conversion.rejected(idNode == null || idNode.isNull() ? "missing id"
                    : "id must be a string or a whole number");
        }
        LocalDate date = options.date();
        JsonNode dateNode = node.get("date");
        if (dateNode != null && !dateNode.isNull()) {
            date = dateNode.isTextual() ? isoDate(dateNode.asText()) : null;
            if (date == null) {
                return Conversion.rejected("document " + id + ": date " + dateNode + " is not YYYY-MM-DD");
            }
        }
        if (date == null) {
            return Conversion.rejected("document " + id + ": missing date (give one with --date)");
        }
        String[] names = {"provider", "url", "title", "text", "venue"};
        String[] values = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            JsonNode field = node.get(names[i]);
            if (field != null && !field.isNull() && !field.isTextual()) {
                return Conversion.rejected("document " + id + ": " + names[i] + " is not a string");
            }
            values[i] = field == null || field.isNull() ? null : field.asText();
        }
        JsonNode country = node.has("provider_country") ? node.get("provider_country") : node.get("providerCountry");
        if (country != null && !country.isNull() && !country.isTextual()) {
            return Conversion.rejected("document " + id + ": provider_country is not a string");
        }
        String text = values[3];
        if (text == null || text.isBlank()) {
            return Conversion.rejected("document " + id + ": missing text");
        }
        if (text.length() > options.maxDocumentChars()) {
            return Conversion.rejected("document " + id + ": text longer than " + options.maxDocumentChars()
                    + " characters");
        }
        return new Conversion(new Document(id, date, values[0], country == null || country.isNull() ? null
                : country.asText(), values[1], values[2], text, values[4]), null);
    }

    /** "2022-02-04", or an ISO timestamp starting with it. */
    private static LocalDate isoDate(String text) {
        String value = text.strip();
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            return null;
        }
        return DateExpressions.parseTimestamp(value);
    }

    @Override
    public void close() {
        try {
            if (array != null) {
                array.close();
            }
            in.close();
        } catch (IOException ignored) {
            // closing a source we only read from: nothing useful to report
        }
    }
}
