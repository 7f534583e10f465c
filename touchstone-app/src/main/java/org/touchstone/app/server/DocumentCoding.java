package org.touchstone.app.server;

import java.util.List;

import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.Coder;
import org.touchstone.core.Document;

/**
 * Text to events and statements for POST /api/documents, with the project's coder. The coder's
 * dictionaries take a while to load, so they are loaded on the first document, not at start-up;
 * after that one coder serves every request (it is immutable and shared safely).
 */
final class DocumentCoding {
    private volatile Coder coder;

    List<CodedDocument> code(List<Document> documents) {
        return coder().codeAll(documents);
    }

    private Coder coder() {
        Coder c = coder;
        if (c == null) {
            synchronized (this) {
                c = coder;
                if (c == null) {
                    c = new Coder();
                    coder = c;
                }
            }
        }
        return c;
    }
}
