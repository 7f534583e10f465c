package org.touchstone.coder.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.touchstone.core.Document;

/**
 * Reads PETRARCH's XML input format, a record at a time: {@code <Sentences>} of {@code <Sentence
 * date id ...>} with {@code <Text>} and {@code <Parse>} (the GigaWord sample), and the validation
 * layout ({@code <Validation>} with an {@code <Environment>}, then {@code <Sentences>} whose records
 * also hold {@code <EventCoding>} expectations and comments, with {@code <Config>} elements between
 * records that change options for the records that follow).
 *
 * <p>A record without an id, with a date that is not YYYYMMDD, without text, or with an
 * {@code <EventCoding>} that states neither codes, {@code noevents} nor {@code error} is reported and
 * skipped. A {@code <Stop>} element ends the input, as it ends PETRARCH's validation run. XML that
 * stops being well-formed ends the input with a problem naming the line. DTDs and external entities
 * are disabled.
 */
public final class PetrarchRecordReader extends XmlItemReader<PetrarchRecord> {

    private static final Pattern LEAF = Pattern.compile("\\([^()\\s]+\\s+([^()\\s]+)\\)");

    private static final Set<String> ROOTS = Set.of("Sentences", "Validation");

    private boolean stopped;
    private final Map<String, String> options = new LinkedHashMap<>();
    private PetrarchEnvironment environment = PetrarchEnvironment.NONE;

    public PetrarchRecordReader(InputStream in, String sourceName, Consumer<InputProblem> problems) {
        super(in, sourceName, problems);
    }

    /** Every record of a file (a few hundred in the validation suite); problems go to {@code problems}. */
    public static List<PetrarchRecord> readAll(Path file, Consumer<InputProblem> problems) {
        try (PetrarchRecordReader reader = new PetrarchRecordReader(Files.newInputStream(file), file.toString(),
                problems)) {
            List<PetrarchRecord> records = new ArrayList<>();
            for (PetrarchRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    /** The {@code <Environment>} read so far; it precedes the records, so it is complete after the first. */
    public PetrarchEnvironment environment() {
        return environment;
    }

    /** Whether a {@code <Stop>} element ended the input. */
    public boolean stopped() {
        return stopped;
    }

    /** The records as documents, for coding PETRARCH input like any other. */
    public DocumentReader asDocuments() {
        return new DocumentReader() {
            @Override
            public Document next() {
                PetrarchRecord record = PetrarchRecordReader.this.next();
                return record == null ? null : record.toDocument();
            }

            @Override
            public void close() {
                PetrarchRecordReader.this.close();
            }
        };
    }

    @Override
    protected PetrarchRecord nextItem() throws XMLStreamException {
        String name;
        while ((name = nextElement(ROOTS, "not a PETRARCH input file")) != null) {
            switch (name) {
                case "Sentence" -> {
                    PetrarchRecord record = readSentence();
                    if (record != null) {
                        return record;
                    }
                }
                case "Environment" -> readEnvironment();
                case "Config" -> readConfig(options);
                case "Stop" -> {
                    stopped = true;
                    return null;
                }
                default -> {
                    // Sentences and any unknown wrapper: descend into it
                }
            }
        }
        return null;
    }

    private void readEnvironment() throws XMLStreamException {
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> environmentOptions = new LinkedHashMap<>();
        List<String> include = List.of();
        int level = 1;
        while (level > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("Config")) {
                    readConfig(environmentOptions);
                } else {
                    String value = readText().strip();
                    settings.put(name, value);
                    if (name.equals("Include")) {
                        include = Arrays.stream(value.split("\\s+")).filter(word -> !word.isEmpty()).toList();
                    }
                }
            }
        }
        options.putAll(environmentOptions);
        environment = new PetrarchEnvironment(settings, include, environmentOptions);
    }

    private void readConfig(Map<String, String> into) throws XMLStreamException {
        long line = SecureXml.line(xml);
        String option = xml.getAttributeValue(null, "option");
        String value = xml.getAttributeValue(null, "value");
        readText();
        if (option == null || option.isBlank() || value == null) {
            problems.accept(InputProblem.atLine(sourceName, line, "<Config> without option and value: ignored"));
            return;
        }
        into.put(option.strip(), value.strip());
    }

    private PetrarchRecord readSentence() throws XMLStreamException {
        long line = SecureXml.line(xml);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        List<ExpectedCoding> expected = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        String text = null;
        String parse = null;
        String codingProblem = null;
        int level = 1;
        while (level > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (event == XMLStreamConstants.COMMENT) {
                comments.add(xml.getText().strip());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "Text" -> text = (text == null ? "" : text + " ") + readText();
                    case "EventCoding" -> {
                        ExpectedCoding coding = readEventCoding();
                        if (coding == null && codingProblem == null) {
                            codingProblem = "<EventCoding> at line " + SecureXml.line(xml)
                                    + " gives neither sourcecode/targetcode/eventcode, noevents nor error";
                        } else if (coding != null) {
                            expected.add(coding);
                        }
                    }
                    case "Parse" -> parse = readText();
                    default -> readText(); // anything else: not kept
                }
            }
        }
        String id = attributes.get("id") == null ? null : attributes.get("id").strip();
        String where = id == null || id.isEmpty() ? "record" : "record " + id;
        LocalDate date = DateExpressions.parseCompact(attributes.get("date"));
        String normalized = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        boolean fromParse = normalized.isEmpty() && parse != null;
        if (fromParse) {
            normalized = parseLeaves(parse);
        }
        String reason = id == null || id.isEmpty() ? "missing id"
                : attributes.get("date") == null ? "missing date"
                : date == null ? "date '" + attributes.get("date") + "' is not YYYYMMDD"
                : normalized.isEmpty() ? "no <Text> (nor words in a <Parse>)"
                : codingProblem;
        if (reason != null) {
            problems.accept(InputProblem.atLine(sourceName, line, where + ": " + reason));
            return null;
        }
        String sentenceFlag = attributes.get("sentence");
        Boolean sentence = sentenceFlag == null ? null : Boolean.valueOf(sentenceFlag.strip());
        return new PetrarchRecord(id, date, attributes.get("category"), sentence, attributes, normalized, fromParse,
                parse == null ? null : parse.strip(), expected, comments, options, line);
    }

    /** The words of a Penn Treebank parse: the second element of every "(TAG word)" pair. */
    static String parseLeaves(String parse) {
        Matcher leaf = LEAF.matcher(parse);
        StringBuilder words = new StringBuilder();
        while (leaf.find()) {
            String word = switch (leaf.group(1)) {
                case "-LRB-" -> "(";
                case "-RRB-" -> ")";
                default -> leaf.group(1);
            };
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(word);
        }
        return words.toString();
    }

    private ExpectedCoding readEventCoding() throws XMLStreamException {
        long line = SecureXml.line(xml);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i).strip());
        }
        readText();
        String source = attributes.get("sourcecode");
        String target = attributes.get("targetcode");
        String event = attributes.get("eventcode");
        if (source != null && target != null && event != null) {
            return new ExpectedCoding(ExpectedCoding.Kind.EVENT, source, target, event, null, attributes, line);
        }
        if ("true".equalsIgnoreCase(attributes.get("noevents"))) {
            return new ExpectedCoding(ExpectedCoding.Kind.NO_EVENTS, null, null, null, null, attributes, line);
        }
        String error = attributes.get("error");
        if (error != null && !error.isEmpty()) {
            return new ExpectedCoding(ExpectedCoding.Kind.ERROR, null, null, null, error, attributes, line);
        }
        return null;
    }

    /** All text inside the current element, children included; leaves the reader at its end tag. */
    private String readText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int level = 1;
        while (level > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> level++;
                case XMLStreamConstants.END_ELEMENT -> level--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                default -> {
                }
            }
        }
        return text.toString();
    }
}
