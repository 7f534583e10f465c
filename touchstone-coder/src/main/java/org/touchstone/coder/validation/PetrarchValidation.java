package org.touchstone.coder.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.touchstone.coder.Coder;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.input.ExpectedCoding;
import org.touchstone.coder.input.InputProblem;
import org.touchstone.coder.input.PetrarchEnvironment;
import org.touchstone.coder.input.PetrarchRecord;
import org.touchstone.coder.input.PetrarchRecordReader;
import org.touchstone.coder.petrarch.mapping.PetrarchDictionaries;
import org.touchstone.coder.petrarch.coding.CodingOptions;
import org.touchstone.coder.petrarch.coding.PetrarchScreen;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;

/**
 * Runs a PETRARCH validation file (PETR.UnitTest.records.xml) through Touchstone's coder and scores
 * it as PETRARCH's validator does. The coder reads each record's text (never its parse) with the
 * record's date and the options in force ({@code <Config>}: {@code require_dyad},
 * {@code new_actor_length}, {@code comma_*}).
 *
 * <p>Rules (docs/CODER.md, "PETRARCH validation"):
 * <ul>
 *   <li>Counted records: those of a category named in the environment's {@code <Include>} (all when
 *       it names none) and, when it lists {@code valid}, not marked {@code sentence="false"}.</li>
 *   <li>Event codings: the coded triples (source, target, event code), repeats removed, must pair one
 *       to one with the expected triples, compared exactly as strings.</li>
 *   <li>"No events" ({@code noevents}, or a record without any {@code <EventCoding>}): nothing coded.</li>
 *   <li>Errors: the record must be refused for the reason named: {@code storydiscard} and
 *       {@code sentencediscard} by the discard list, {@code dateline} by a dateline at its start,
 *       {@code bad_input_parse} by a {@code <Parse>} whose brackets do not balance (Touchstone does
 *       not read the parse, but refuses malformed input as PETRARCH does). A record refused but not
 *       expected to be fails.</li>
 * </ul>
 */
public final class PetrarchValidation {
    private final Coder coder;
    private final String dictionaryDescription;
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());
    private final PetrarchScreen screen;
    private final Map<CodingOptions, Coder> coders = new HashMap<>();

    public PetrarchValidation(Dictionaries dictionaries, String dictionaryDescription) {
        this.coder = new Coder(dictionaries, CodingOptions.DEFAULTS);
        this.dictionaryDescription = dictionaryDescription;
        this.screen = new PetrarchScreen(dictionaries.discards());
    }

    /**
     * Validates {@code recordsFile} with the dictionaries in {@code dictionaryDir}: the files the
     * validation environment names ({@code <Verbfile>}, {@code <Actorfile>}, {@code <Agentfile>},
     * {@code <Discardfile>}) when the directory holds them, else whatever set the directory holds
     * ({@link PetrarchDictionaries#load(Path)}).
     */
    public static ValidationReport run(Path recordsFile, Path dictionaryDir) {
        Records records = read(recordsFile);
        Map<String, String> env = records.environment().settings();
        Path verbs = named(dictionaryDir, env.get("Verbfile"));
        Dictionaries dictionaries;
        String description;
        if (verbs != null) {
            List<Path> actors = new ArrayList<>();
            for (String name : env.getOrDefault("Actorfile", "").split("[,\\s]+")) {
                Path p = named(dictionaryDir, name);
                if (p != null) {
                    actors.add(p);
                }
            }
            Path agents = named(dictionaryDir, env.get("Agentfile"));
            Path discards = named(dictionaryDir, env.get("Discardfile"));
            dictionaries = PetrarchDictionaries.load(verbs, actors, agents, discards);
            StringBuilder d = new StringBuilder(verbs.getFileName().toString());
            actors.forEach(a -> d.append(", ").append(a.getFileName()));
            if (agents != null) {
                d.append(", ").append(agents.getFileName());
            }
            if (discards != null) {
                d.append(", ").append(discards.getFileName());
            }
            description = dictionaryDir + ": " + d;
        } else {
            dictionaries = PetrarchDictionaries.load(dictionaryDir);
            description = dictionaryDir + " (" + PetrarchDictionaries.detect(dictionaryDir) + ")";
        }
        return new PetrarchValidation(dictionaries, description).validate(recordsFile.toString(), records);
    }

    private static Path named(Path dir, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Path p = dir.resolve(name.strip());
        return Files.isRegularFile(p) ? p : null;
    }

    /** The records of a validation file, its environment, and which records hold a malformed parse. */
    public record Records(List<PetrarchRecord> records, PetrarchEnvironment environment, Set<Long> badParses,
                          List<InputProblem> problems) {
    }

    /** Reads a validation file; problems (skipped records) are kept in the result. */
    public static Records read(Path file) {
        List<InputProblem> problems = new ArrayList<>();
        List<PetrarchRecord> records = new ArrayList<>();
        PetrarchEnvironment environment;
        try (PetrarchRecordReader reader = new PetrarchRecordReader(Files.newInputStream(file), file.toString(),
                problems::add)) {
            for (PetrarchRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            environment = reader.environment();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Records(records, environment, badParses(file), problems);
    }

    /** Lines of the {@code <Sentence>} elements whose {@code <Parse>} has unbalanced brackets. */
    static Set<Long> badParses(Path file) {
        Set<Long> out = new LinkedHashSet<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            long sentenceLine = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("Sentence")) {
                    sentenceLine = xml.getLocation().getLineNumber();
                } else if (xml.getLocalName().equals("Parse") && sentenceLine >= 0) {
                    if (!balanced(xml.getElementText())) {
                        out.add(sentenceLine);
                    }
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return out; // the record reader reports malformed XML
        }
        return out;
    }

    static boolean balanced(String parse) {
        int depth = 0;
        for (int i = 0; i < parse.length(); i++) {
            char c = parse.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** Scores the records (already read) with this validation's dictionaries. */
    public ValidationReport validate(String recordsFile, Records input) {
        PetrarchEnvironment env = input.environment();
        boolean validOnly = env.include().contains("valid");
        int total = 0;
        int matched = 0;
        int codingsTotal = 0;
        int codingsMatched = 0;
        int codedTotal = 0;
        Map<String, int[]> categories = new TreeMap<>();
        List<ValidationReport.Skipped> skipped = new ArrayList<>();
        List<ValidationReport.Failure> failures = new ArrayList<>();
        for (PetrarchRecord r : input.records()) {
            String category = r.category() == null ? "" : r.category();
            if (!env.include().isEmpty() && !env.includes(category)) {
                skipped.add(new ValidationReport.Skipped(r.id(), category, r.line(),
                        "category " + category + " is not in <Include>"));
                continue;
            }
            if (validOnly && Boolean.FALSE.equals(r.sentence())) {
                skipped.add(new ValidationReport.Skipped(r.id(), category, r.line(),
                        "sentence=\"false\": a feature PETRARCH does not implement"));
                continue;
            }
            Outcome o = score(r, input.badParses().contains(r.line()));
            total++;
            codingsTotal += o.expectedCount;
            codingsMatched += o.metCount;
            codedTotal += o.codedCount;
            int[] c = categories.computeIfAbsent(category, k -> new int[2]);
            c[0]++;
            if (o.ok) {
                matched++;
                c[1]++;
            } else {
                failures.add(new ValidationReport.Failure(r.id(), category, r.line(), r.text(), o.expected, o.actual));
            }
        }
        Map<String, ValidationReport.CategoryScore> byCategory = new TreeMap<>();
        categories.forEach((k, v) -> byCategory.put(k, new ValidationReport.CategoryScore(v[0], v[1])));
        return new ValidationReport(recordsFile, dictionaryDescription, input.records().size(), total, matched,
                codingsTotal, codingsMatched, codedTotal, byCategory, skipped, failures);
    }

    private record Outcome(boolean ok, int expectedCount, int metCount, int codedCount, List<String> expected,
                           List<String> actual) {
    }

    private Outcome score(PetrarchRecord r, boolean badParse) {
        String refusal = refusal(r, badParse);
        List<String> expected = new ArrayList<>();
        String expectedError = null;
        List<String> expectedEvents = new ArrayList<>();
        for (ExpectedCoding e : r.expected()) {
            switch (e.kind()) {
                case EVENT -> {
                    String t = e.sourceCode() + " " + e.targetCode() + " " + e.eventCode();
                    expectedEvents.add(t);
                    expected.add(t);
                }
                case NO_EVENTS -> expected.add("no events");
                case ERROR -> {
                    expectedError = e.error() == null ? "" : e.error().strip().toLowerCase(Locale.ROOT);
                    expected.add("error: " + expectedError);
                }
            }
        }
        if (expected.isEmpty()) {
            expected.add("no events");
        }
        if (expectedError != null || refusal != null) {
            boolean ok = expectedError != null && expectedError.equals(refusal) && expectedEvents.isEmpty();
            List<String> actual = refusal == null ? coded(r) : List.of("refused: " + refusal);
            return new Outcome(ok, expected.size(), ok ? expected.size() : 0, refusal == null ? actual.size() : 0,
                    expected, actual);
        }
        List<String> actual = coded(r);
        if (expectedEvents.isEmpty()) {
            boolean ok = actual.isEmpty();
            return new Outcome(ok, 1, ok ? 1 : 0, actual.size(), expected, actual);
        }
        // one-to-one pairing of coded and expected triples
        List<String> open = new ArrayList<>(expectedEvents);
        int unexpected = 0;
        for (String a : actual) {
            if (!open.remove(a)) {
                unexpected++;
            }
        }
        int met = expectedEvents.size() - open.size();
        boolean ok = open.isEmpty() && unexpected == 0;
        return new Outcome(ok, expectedEvents.size(), met, actual.size(), expected, actual);
    }

    /** Why the record is refused before coding, as PETRARCH names it; null when it is coded. */
    private String refusal(PetrarchRecord r, boolean badParse) {
        if (badParse) {
            return "bad_input_parse";
        }
        PetrarchScreen.Refusal worst = PetrarchScreen.Refusal.NONE;
        for (Sentence s : splitter.split(r.text().replace('_', ' '))) {
            PetrarchScreen.Refusal v = screen.check(s).refusal();
            if (v == PetrarchScreen.Refusal.STORY_DISCARD
                    || worst == PetrarchScreen.Refusal.NONE && v != PetrarchScreen.Refusal.NONE) {
                worst = v;
            }
        }
        return switch (worst) {
            case NONE -> null;
            case STORY_DISCARD -> "storydiscard";
            case SENTENCE_DISCARD -> "sentencediscard";
            case DATELINE -> "dateline";
        };
    }

    /** The distinct triples the coder gives the record's text with its date and options. */
    private List<String> coded(PetrarchRecord r) {
        CodingOptions options = CodingOptions.DEFAULTS.with(r.options());
        Coder c = coders.computeIfAbsent(options, coder::withOptions);
        Set<String> out = new LinkedHashSet<>();
        for (Coder.Coding k : c.codings(r.toDocument())) {
            out.add(k.source() + " " + k.target() + " " + k.code());
        }
        return new ArrayList<>(out);
    }
}
