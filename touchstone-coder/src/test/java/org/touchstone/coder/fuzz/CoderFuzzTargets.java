package org.touchstone.coder.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.Coder;
import org.touchstone.coder.input.DocumentReader;
import org.touchstone.coder.input.FeedReader;
import org.touchstone.coder.input.HtmlDocumentReader;
import org.touchstone.coder.input.InputProblem;
import org.touchstone.coder.input.JsonDocumentReader;
import org.touchstone.coder.input.PetrarchRecord;
import org.touchstone.coder.input.PetrarchRecordReader;
import org.touchstone.coder.input.PlainTextReader;
import org.touchstone.coder.input.ReaderOptions;
import org.touchstone.core.Document;
import org.touchstone.testing.FuzzCheck;
import org.touchstone.testing.FuzzTarget;
import org.touchstone.testing.MutatedFile;
import org.touchstone.testing.Mutator;

/**
 * Fuzz targets for the coder's input readers and the coder itself, each starting from real input:
 * the sample news corpus and the PETRARCH-2 GigaWord sample. Per case: no exception escapes, and
 * none is swallowed into a "cannot read" problem either (the input is in memory: only a bug can
 * throw); every problem has a reason, and a line where the format has lines; every line, page or
 * record is accounted for; intact items and records among damaged ones are still read.
 */
public final class CoderFuzzTargets {

    /** Small enough that the size limit is met now and then, large enough for every sample document. */
    static final int MAX_DOCUMENT_CHARS = 20_000;
    private static final ReaderOptions OPTIONS = ReaderOptions.defaults().withMaxDocumentChars(MAX_DOCUMENT_CHARS);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SENTENCE_RECORD = Pattern.compile("<Sentence .*?</Sentence>", Pattern.DOTALL);

    private CoderFuzzTargets() {
    }

    /** The input readers, by name; {@code gigaWordSample} is the shared PETRARCH-2 GigaWord.sample.PETR.xml. */
    public static Map<String, FuzzTarget> readers(Path gigaWordSample) throws IOException {
        SampleDocuments sample = SampleDocuments.load();
        Map<String, FuzzTarget> targets = new LinkedHashMap<>();
        add(targets, new JsonLinesTarget(sample.jsonLines()));
        add(targets, new PlainTextTarget(sample));
        add(targets, new HtmlTarget(sample));
        add(targets, new FeedTarget(sample));
        add(targets, new PetrarchXmlTarget(records(gigaWordSample)));
        return targets;
    }

    /** The coder with its own dictionaries on damaged sentences of the sample corpus. */
    public static FuzzTarget coder(Coder coder, String name) {
        return new CoderTarget(name, coder, SampleDocuments.load().sentences());
    }

    private static void add(Map<String, FuzzTarget> targets, FuzzTarget target) {
        targets.put(target.name(), target);
    }

    private static List<String> records(Path file) throws IOException {
        List<String> records = new ArrayList<>();
        Matcher m = SENTENCE_RECORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
            records.add(m.group());
        }
        return records;
    }

    // ---------------------------------------------------------------- shared checks

    /** Everything a document reader gives for some bytes. */
    private record Read(List<Document> documents, List<InputProblem> problems) {
    }

    private static Read read(byte[] input, BiFunction<ByteArrayInputStream, Consumer<InputProblem>, DocumentReader> open) {
        List<Document> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try (DocumentReader reader = open.apply(new ByteArrayInputStream(input), problems::add)) {
            for (Document d; (d = reader.next()) != null; ) {
                documents.add(d);
            }
        }
        return new Read(documents, problems);
    }

    /** The common promises on a reader's output; {@code lines} when each problem must name a line. */
    private static void checkProblems(FuzzCheck check, List<Document> documents, List<InputProblem> problems,
                                      boolean lines) {
        documents.forEach(d -> {
            check.record();
            check.expect(d != null && d.id() != null && !d.id().isBlank() && d.date() != null && d.text() != null
                    && !d.text().isBlank(), () -> "a document without id, date or text: " + d);
        });
        for (InputProblem p : problems) {
            check.rejection(p.reason());
            check.expect(!p.reason().startsWith("cannot read"), () -> "an exception ended the input: " + p);
            check.expect(!lines || p.position() >= 1, () -> "a problem without a line: " + p);
        }
    }

    /** Text that may stand in XML 1.0 content or attributes: illegal characters dropped, markup escaped. */
    static String xmlText(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pairedSurrogate) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || c == '\uFFFE' || c == '\uFFFF') {
                out.append(' ');
            } else {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- JSON Lines

    /** Lines of the sample corpus with fields dropped, retyped or filled with odd values, and damaged bytes. */
    private static final class JsonLinesTarget implements FuzzTarget {
        private static final List<String> FIELDS = List.of("id", "date", "text", "title", "url", "provider",
                "provider_country", "venue");
        private final List<String> rows;

        JsonLinesTarget(List<String> rows) {
            this.rows = rows;
        }

        @Override
        public String name() {
            return "JSON Lines documents";
        }

        @Override
        public void run(long seed, FuzzCheck check) throws IOException {
            Mutator m = new Mutator(seed);
            MutatedFile file = MutatedFile.of(m, null, rows, row -> damage(m, row), ',');
            Read read = read(file.bytes(), (in, problems) -> new JsonDocumentReader(in, "fuzz.jsonl", OPTIONS, problems));
            checkProblems(check, read.documents(), read.problems(), true);
            String text = new String(file.bytes(), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            if (text.startsWith("[")) {
                return; // read as one JSON array: no line accounting
            }
            List<Long> expected = file.reportedLines(MutatedFile.LineBreaks.ANY, String::isBlank);
            Set<Long> problemLines = new HashSet<>();
            read.problems().forEach(p -> problemLines.add(p.position()));
            check.expect(read.documents().size() + read.problems().size() == expected.size()
                            && problemLines.size() == read.problems().size() && expected.containsAll(problemLines),
                    () -> read.documents().size() + " documents and problems at " + problemLines + " for lines "
                            + expected + " in " + file.preview());
            for (long intact : file.intactLines(MutatedFile.LineBreaks.ANY)) {
                check.expect(!problemLines.contains(intact), () -> "intact line " + intact + " rejected: "
                        + read.problems() + " in " + file.preview());
            }
        }

        private static byte[] damage(Mutator m, String row) {
            if (m.chance(0.3)) {
                return m.mutateRow(row, ',');
            }
            try {
                ObjectNode node = (ObjectNode) JSON.readTree(row);
                for (int n = 1 + m.nextInt(3); n > 0; n--) {
                    String field = m.pick(FIELDS);
                    switch (m.nextInt(7)) {
                        case 0 -> node.remove(field);
                        case 1 -> node.put(field, m.oddValue());
                        case 2 -> node.put(field, m.random().nextLong());
                        case 3 -> node.putArray(field).add(m.oddValue());
                        case 4 -> node.putNull(field);
                        case 5 -> node.put(field, m.longText());
                        default -> node.put(field, m.mutateText(node.path(field).asText("")));
                    }
                }
                byte[] bytes = JSON.writeValueAsBytes(node);
                return m.chance(0.2) ? m.mutateBytes(bytes) : bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---------------------------------------------------------------- plain text and HTML: one document per input

    /** A dated text of the corpus, damaged as text and as bytes: one document or one problem, never both. */
    private static final class PlainTextTarget implements FuzzTarget {
        private final SampleDocuments sample;

        PlainTextTarget(SampleDocuments sample) {
            this.sample = sample;
        }

        @Override
        public String name() {
            return "plain text documents";
        }

        @Override
        public void run(long seed, FuzzCheck check) {
            Mutator m = new Mutator(seed);
            SampleDocuments.Doc doc = m.pick(sample.documents());
            String text = doc.date() + "\n" + doc.title() + "\n\n" + doc.text();
            boolean intact = m.chance(0.2);
            byte[] input = intact ? text.getBytes(StandardCharsets.UTF_8) : damage(m, text);
            Read read = read(input, (in, problems) -> new PlainTextReader(in, "fuzz/" + doc.id() + ".txt", OPTIONS,
                    problems));
            checkProblems(check, read.documents(), read.problems(), false);
            check.expect(read.documents().size() + read.problems().size() == 1, () -> read.documents().size()
                    + " documents and problems " + read.problems() + " for one text");
            check.expect(!intact || read.documents().size() == 1, () -> "an intact text rejected: " + read.problems());
        }

        /** The text damaged as text, then perhaps as bytes (or, now and then, a huge text). */
        private static byte[] damage(Mutator m, String text) {
            String damaged = m.chance(0.05) ? text + m.longText() : m.mutateText(text);
            byte[] bytes = damaged.getBytes(StandardCharsets.UTF_8);
            return m.chance(0.3) ? m.mutateBytes(bytes) : bytes;
        }
    }

    /** A page built from a corpus document (title, publication meta tag, paragraphs), damaged in its markup. */
    private static final class HtmlTarget implements FuzzTarget {
        private final SampleDocuments sample;

        HtmlTarget(SampleDocuments sample) {
            this.sample = sample;
        }

        @Override
        public String name() {
            return "HTML pages";
        }

        @Override
        public void run(long seed, FuzzCheck check) {
            Mutator m = new Mutator(seed);
            SampleDocuments.Doc doc = m.pick(sample.documents());
            boolean intact = m.chance(0.2);
            String page = intact ? page(doc.title(), doc.date(), doc.text()) : damagedPage(m, doc);
            byte[] input = !intact && m.chance(0.3) ? m.mutateBytes(page.getBytes(StandardCharsets.UTF_8))
                    : page.getBytes(StandardCharsets.UTF_8);
            Read read = read(input, (in, problems) -> new HtmlDocumentReader(in, "fuzz/" + doc.id() + ".html",
                    OPTIONS, problems));
            checkProblems(check, read.documents(), read.problems(), false);
            check.expect(read.documents().size() + read.problems().size() == 1, () -> read.documents().size()
                    + " documents and problems " + read.problems() + " for one page");
            check.expect(!intact || read.documents().size() == 1, () -> "an intact page rejected: " + read.problems());
        }

        private static String page(String title, String date, String text) {
            StringBuilder body = new StringBuilder();
            for (String paragraph : text.split("(?<=\\.) ")) {
                body.append("<p>").append(xmlText(paragraph)).append("</p>\n");
            }
            return "<!DOCTYPE html>\n<html><head><title>" + xmlText(title) + "</title>\n"
                    + "<meta property=\"article:published_time\" content=\"" + xmlText(date) + "\">\n"
                    + "</head><body><nav>Home | World</nav><article><h1>" + xmlText(title) + "</h1>\n" + body
                    + "</article><footer>(c) the publisher</footer></body></html>\n";
        }

        private static String damagedPage(Mutator m, SampleDocuments.Doc doc) {
            String title = m.chance(0.3) ? m.mutateText(doc.title()) : doc.title();
            String date = m.chance(0.3) ? m.oddValue() : doc.date();
            String text = m.chance(0.5) ? m.mutateText(doc.text()) : doc.text();
            String page = page(title, date, text);
            for (int n = 1 + m.nextInt(3); n > 0; n--) {
                page = switch (m.nextInt(8)) {
                    case 0 -> m.insert(page, m.pick(List.of("<p>", "</article>", "<div", "<!--", "<script>", "]]>",
                            "<![CDATA[", "&#xD800;", "&#99999999;", "&", "<time datetime=\"" + m.oddValue() + "\">")));
                    case 1 -> m.insert(page, "<div>".repeat(1 + m.nextInt(5000)));
                    case 2 -> page.substring(0, m.nextInt(page.length() + 1));
                    case 3 -> page.replace("<article>", "").replace("</article>", "");
                    case 4 -> page.replace("article:published_time", "nothing");
                    case 5 -> m.insert(page, m.longText());
                    case 6 -> m.insert(page, String.valueOf((char) m.nextInt(0x20)));
                    default -> new String(m.randomBytes(3000), StandardCharsets.UTF_8);
                };
            }
            return page;
        }
    }

    // ---------------------------------------------------------------- feeds and PETRARCH records: items in XML

    /** RSS 2.0 or Atom feeds of corpus documents, some items damaged in their fields, some feeds in their bytes. */
    private static final class FeedTarget implements FuzzTarget {
        private final SampleDocuments sample;

        FeedTarget(SampleDocuments sample) {
            this.sample = sample;
        }

        @Override
        public String name() {
            return "RSS/Atom feeds";
        }

        @Override
        public void run(long seed, FuzzCheck check) {
            Mutator m = new Mutator(seed);
            boolean atom = m.chance(0.5);
            StringBuilder feed = new StringBuilder(atom
                    ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                    + "<title>Fuzz</title><link href=\"https://example.org/\"/>\n"
                    : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n"
                    + "<title>Fuzz</title><link>https://example.org/</link>\n");
            List<String> intactIds = new ArrayList<>();
            int items = 1 + m.nextInt(8);
            for (int i = 0; i < items; i++) {
                SampleDocuments.Doc doc = m.pick(sample.documents());
                String id = "urn:fuzz:" + i;
                boolean damaged = m.chance(0.5);
                if (!damaged) {
                    intactIds.add(id);
                }
                feed.append(item(m, doc, id, atom, damaged));
            }
            feed.append(atom ? "</feed>\n" : "</channel></rss>\n");
            boolean wellFormed = !m.chance(0.25);
            byte[] input = feed.toString().getBytes(StandardCharsets.UTF_8);
            if (!wellFormed) {
                input = m.chance(0.1) ? m.randomBytes(3000) : m.mutateBytes(input);
            }
            Read read = read(input, (in, problems) -> new FeedReader(in, "fuzz.xml", OPTIONS, problems));
            checkProblems(check, read.documents(), read.problems(), wellFormed);
            if (wellFormed) {
                check.expect(read.documents().size() + read.problems().size() == items, () -> read.documents().size()
                        + " documents and problems " + read.problems() + " for " + items + " items");
                List<String> ids = read.documents().stream().map(Document::id).toList();
                check.expect(ids.containsAll(intactIds), () -> "intact items " + intactIds + " but read " + ids
                        + " and problems " + read.problems());
            }
        }

        private static String item(Mutator m, SampleDocuments.Doc doc, String id, boolean atom, boolean damaged) {
            String title = doc.title();
            String date = atom ? doc.date() + "T08:00:00Z" : rfc822(doc.date());
            String text = doc.text();
            boolean withDate = true;
            boolean withText = true;
            if (damaged) {
                switch (m.nextInt(6)) {
                    case 0 -> withDate = false;
                    case 1 -> date = m.oddValue();
                    case 2 -> {
                        withText = false;
                        title = "";
                    }
                    case 3 -> text = m.longText();
                    case 4 -> text = "<p>" + m.mutateText(text) + "</p><script>x()</script><b>";
                    default -> {
                        title = m.mutateText(title);
                        text = m.mutateText(text);
                    }
                }
            }
            String t = xmlText(title);
            String x = xmlText(text);
            return atom
                    ? "<entry><title>" + t + "</title><link href=\"" + xmlText(doc.url()) + "\"/><id>" + id + "</id>"
                    + (withDate ? "<published>" + xmlText(date) + "</published>" : "")
                    + (withText ? "<summary type=\"html\">" + x + "</summary>" : "") + "</entry>\n"
                    : "<item><title>" + t + "</title><link>" + xmlText(doc.url()) + "</link><guid>" + id + "</guid>"
                    + (withDate ? "<pubDate>" + xmlText(date) + "</pubDate>" : "")
                    + (withText ? "<description>" + x + "</description>" : "") + "</item>\n";
        }

        private static String rfc822(String isoDate) {
            LocalDate d = LocalDate.parse(isoDate);
            return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(d.atTime(8, 0).atZone(java.time.ZoneOffset.UTC));
        }
    }

    /** GigaWord sample records, some damaged in their attributes and text, some files in their bytes. */
    private static final class PetrarchXmlTarget implements FuzzTarget {
        private final List<String> records;

        PetrarchXmlTarget(List<String> records) {
            this.records = records;
        }

        @Override
        public String name() {
            return "PETRARCH XML records";
        }

        @Override
        public void run(long seed, FuzzCheck check) {
            Mutator m = new Mutator(seed);
            StringBuilder file = new StringBuilder("<Sentences>\n");
            List<String> intactIds = new ArrayList<>();
            int count = 1 + m.nextInt(8);
            for (int i = 0; i < count; i++) {
                String id = "FUZZ_" + i;
                String record = m.pick(records).replaceFirst("id\\s*=\\s*\"[^\"]*\"", "id=\"" + id + "\"");
                if (m.chance(0.5)) {
                    record = damage(m, record);
                } else {
                    intactIds.add(id);
                }
                file.append(record).append('\n');
            }
            file.append("</Sentences>\n");
            boolean wellFormed = !m.chance(0.25);
            byte[] input = file.toString().getBytes(StandardCharsets.UTF_8);
            if (!wellFormed) {
                input = m.chance(0.1) ? m.randomBytes(3000) : m.mutateBytes(input);
            }
            List<PetrarchRecord> read = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            try (PetrarchRecordReader reader = new PetrarchRecordReader(new ByteArrayInputStream(input), "fuzz.xml",
                    problems::add)) {
                for (PetrarchRecord r; (r = reader.next()) != null; ) {
                    read.add(r);
                }
            }
            checkProblems(check, read.stream().map(PetrarchRecord::toDocument).toList(), problems, wellFormed);
            if (wellFormed) {
                check.expect(read.size() + problems.size() == count, () -> read.size() + " records and problems "
                        + problems + " for " + count + " records");
                List<String> ids = read.stream().map(PetrarchRecord::id).toList();
                check.expect(ids.containsAll(intactIds), () -> "intact records " + intactIds + " but read " + ids
                        + " and problems " + problems);
            }
        }

        private static String quoted(String replacement) {
            return Matcher.quoteReplacement(replacement);
        }

        private static String damage(Mutator m, String record) {
            return switch (m.nextInt(7)) {
                case 0 -> record.replaceFirst("date\\s*=\\s*\"[^\"]*\"", quoted("date=\"" + xmlText(m.oddValue()) + "\""));
                case 1 -> record.replaceFirst("date\\s*=\\s*\"[^\"]*\"", "");
                case 2 -> record.replaceFirst("id\\s*=\\s*\"[^\"]*\"", m.chance(0.5) ? "" : "id=\" \"");
                case 3 -> record.replaceFirst("(?s)<Text>.*</Text>", quoted("<Text>" + xmlText(m.longText()) + "</Text>"));
                case 4 -> record.replaceFirst("(?s)<Text>.*</Text>", "<Text></Text>")
                        .replaceFirst("(?s)<Parse>.*</Parse>", m.chance(0.5) ? "" : quoted("<Parse>"
                                + xmlText(m.oddValue()) + "</Parse>"));
                case 5 -> record.replaceFirst("(?s)</Text>", quoted("</Text><EventCoding " + m.pick(List.of("",
                        "sourcecode=\"\"", "noevents=\"maybe\"", "eventcode=\"" + xmlText(m.oddValue()) + "\"")) + "/>"));
                default -> {
                    Matcher text = Pattern.compile("(?s)<Text>(.*)</Text>").matcher(record);
                    yield text.find() ? record.substring(0, text.start(1)) + xmlText(m.mutateText(text.group(1)))
                            + record.substring(text.end(1)) : record;
                }
            };
        }
    }

    // ---------------------------------------------------------------- the coder

    /** One to three sentences of the corpus, damaged as text: the coder must code them without an error. */
    private static final class CoderTarget implements FuzzTarget {
        private final String name;
        private final Coder coder;
        private final List<String> sentences;

        CoderTarget(String name, Coder coder, List<String> sentences) {
            this.name = name;
            this.coder = coder;
            this.sentences = sentences;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void run(long seed, FuzzCheck check) {
            Mutator m = new Mutator(seed);
            StringBuilder text = new StringBuilder();
            for (int n = 1 + m.nextInt(3); n > 0; n--) {
                text.append(m.pick(sentences)).append(' ');
            }
            String input = m.chance(0.1) ? text.toString() : m.mutateText(text.toString());
            CodedDocument coded = coder.code(new Document("fuzz-" + seed, LocalDate.of(2019, 5, 6), null, null, null,
                    null, input, null));
            check.expect(coded.errors().isEmpty(), () -> "coding errors " + coded.errors() + " for '"
                    + (input.length() > 300 ? input.substring(0, 300) + "...'" : input + "'"));
            coded.events().forEach(e -> check.record());
            coded.statements().forEach(s -> check.record());
        }
    }
}
