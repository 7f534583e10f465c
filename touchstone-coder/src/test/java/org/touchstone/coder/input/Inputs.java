package org.touchstone.coder.input;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.touchstone.core.Document;

/** Test helpers: inputs written in the test, and everything a reader produces. */
final class Inputs {

    private Inputs() {
    }

    static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    /** All documents of a reader; the reader is closed. */
    static List<Document> readAll(DocumentReader reader) {
        List<Document> documents = new ArrayList<>();
        try (reader) {
            for (Document document = reader.next(); document != null; document = reader.next()) {
                documents.add(document);
            }
        }
        return documents;
    }
}
