package org.touchstone.coder.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The project's sample news corpus (docs/SAMPLE-CORPUS.md): real, valid documents to start fuzz cases from. */
record SampleDocuments(List<String> jsonLines, List<Doc> documents) {

    /** One document of the corpus. */
    record Doc(String id, String date, String title, String url, String text) {
        /** The text cut into sentences at ., ! and ?, for the coder. */
        List<String> sentences() {
            return List.of(text.split("(?<=[.!?])\\s+"));
        }
    }

    private static final String RESOURCE = "/org/touchstone/coder/corpus/sample-news.jsonl";

    static SampleDocuments load() {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        try (InputStream in = SampleDocuments.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                lines.add(line);
                JsonNode node = json.readTree(line);
                docs.add(new Doc(node.get("id").asText(), node.get("date").asText(), node.path("title").asText(""),
                        node.path("url").asText(""), node.get("text").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new SampleDocuments(List.copyOf(lines), List.copyOf(docs));
    }

    /** Every sentence of the corpus. */
    List<String> sentences() {
        return documents.stream().flatMap(d -> d.sentences().stream()).toList();
    }
}
