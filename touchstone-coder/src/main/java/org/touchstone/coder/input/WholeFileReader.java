package org.touchstone.coder.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.Consumer;
import org.touchstone.core.Document;

/**
 * A file read whole as one document (a plain text file, an HTML page). The reading, its bounds and
 * its failures are the same for every such format; a subclass only turns the file's text into the
 * document, reporting to {@link #reject} what it cannot use.
 */
abstract class WholeFileReader implements DocumentReader {

    private final Reader in;
    private final String sourceName;
    private final String whatItIs;
    protected final ReaderOptions options;
    private final Consumer<InputProblem> problems;
    private boolean done;

    /** {@code whatItIs} names one file of the format in problems: "document", "page". */
    WholeFileReader(InputStream in, String sourceName, String whatItIs, ReaderOptions options,
                    Consumer<InputProblem> problems) {
        this.in = TextDecoding.utf8(in);
        this.sourceName = sourceName;
        this.whatItIs = whatItIs;
        this.options = options;
        this.problems = problems;
    }

    /** The document of the file's whole text, or null after a {@link #reject}. */
    protected abstract Document document(String content);

    /** How a file of binary content is described in its problem: "not an HTML page". */
    protected abstract String notThisFormat();

    @Override
    public final Document next() {
        if (done) {
            return null;
        }
        done = true;
        try {
            String content = TextDecoding.readUpTo(in, options.maxDocumentChars());
            if (content.length() > options.maxDocumentChars()) {
                return reject(whatItIs + " longer than " + options.maxDocumentChars() + " characters");
            }
            if (TextDecoding.looksBinary(content)) {
                return reject(notThisFormat() + " (binary content)");
            }
            return document(content);
        } catch (IOException | RuntimeException e) {
            return reject("cannot read: " + e.getMessage());
        }
    }

    /** Reports why the file gives no document; returns null, the answer of {@link #next} then. */
    protected final Document reject(String reason) {
        problems.accept(InputProblem.whole(sourceName, reason));
        return null;
    }

    /** The document id: the file name without extension. */
    protected final String id() {
        return TextDecoding.baseName(sourceName);
    }

    @Override
    public final void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // the file has been read or rejected already
        }
    }
}
