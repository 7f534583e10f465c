package org.touchstone.coder.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Document;
import org.touchstone.testing.SharedData;

class DocumentReadersTest {

    private final List<InputProblem> problems = new ArrayList<>();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void detectsByNameThenByContent() {
        assertThat(DocumentReaders.detect("a.txt", bytes("<rss>"))).isEqualTo(InputFormat.PLAIN_TEXT);
        assertThat(DocumentReaders.detect("a.JSONL.gz", bytes(""))).isEqualTo(InputFormat.JSON);
        assertThat(DocumentReaders.detect("a.htm", bytes(""))).isEqualTo(InputFormat.HTML);
        assertThat(DocumentReaders.detect("feed.xml", bytes("<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">")))
                .isEqualTo(InputFormat.FEED);
        assertThat(DocumentReaders.detect("feed.xml", bytes("<rdf:RDF xmlns:rdf=\"x\">"))).isEqualTo(InputFormat.FEED);
        assertThat(DocumentReaders.detect("x", bytes("<feed xmlns=\"http://www.w3.org/2005/Atom\">")))
                .isEqualTo(InputFormat.FEED);
        assertThat(DocumentReaders.detect("in.xml", bytes("<!-- # header\n-->\n<Sentences>")))
                .isEqualTo(InputFormat.PETRARCH_XML);
        assertThat(DocumentReaders.detect("in.xml", bytes("<Validation>"))).isEqualTo(InputFormat.PETRARCH_XML);
        assertThat(DocumentReaders.detect("page", bytes("<!DOCTYPE html><html>"))).isEqualTo(InputFormat.HTML);
        assertThat(DocumentReaders.detect("data", bytes("  {\"id\": 1}"))).isEqualTo(InputFormat.JSON);
        assertThat(DocumentReaders.detect("notes", bytes("Plain words."))).isEqualTo(InputFormat.PLAIN_TEXT);
    }

    @Test
    void readsGzippedInputAndSharedPetrarchFiles(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bytes("{\"id\": \"a\", \"date\": \"2022-02-04\", \"text\": \"x\"}\n"));
        }
        Path file = dir.resolve("docs.jsonl.gz");
        Files.write(file, zipped.toByteArray());
        assertThat(Inputs.readAll(DocumentReaders.open(file, ReaderOptions.defaults(), problems::add)))
                .extracting(Document::id).containsExactly("a");

        Path gigaWord = SharedData.file("petrarch2/GigaWord.sample.PETR.xml");
        List<Document> documents = Inputs.readAll(DocumentReaders.open(gigaWord, ReaderOptions.defaults(),
                problems::add));
        assertThat(documents).hasSize(76);
        assertThat(documents.get(0).date()).isEqualTo(LocalDate.of(2008, 8, 4));
        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingFileIsReportedNotThrown(@TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");
        assertThat(Inputs.readAll(DocumentReaders.open(missing, ReaderOptions.defaults(), problems::add))).isEmpty();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo(missing.toString());
            assertThat(problem.reason()).startsWith("cannot open");
        });
    }

    @Test
    void streamsDocuments() {
        String lines = "{\"id\": \"a\", \"date\": \"2022-02-04\", \"text\": \"x\"}\n"
                + "{\"id\": \"b\", \"date\": \"2022-02-04\", \"text\": \"y\"}\n";
        try (var stream = DocumentReaders.open(Inputs.text(lines), "s.jsonl", ReaderOptions.defaults(),
                problems::add).stream()) {
            assertThat(stream.map(Document::id)).containsExactly("a", "b");
        }
    }
}
