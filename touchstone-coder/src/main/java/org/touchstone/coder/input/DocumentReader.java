package org.touchstone.coder.input;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.touchstone.core.Document;

/**
 * A streaming source of documents: one at a time, never the whole input in memory.
 *
 * <p>Bad input never escapes as an exception: a malformed line, item or record is reported to the
 * problem listener given to the reader (with source, position and reason) and skipped. A failure of
 * the input itself (an I/O error, XML that is no longer well-formed) is reported the same way and
 * ends the input; the documents read before it stay valid.
 */
public interface DocumentReader extends AutoCloseable {

    /** The next document, or null at the end of the input. */
    Document next();

    /** Closes the underlying input; never throws. */
    @Override
    void close();

    /** The remaining documents as a lazy, sequential stream; closing the stream closes the reader. */
    default Stream<Document> stream() {
        Iterator<Document> iterator = new Iterator<>() {
            private Document pending;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = DocumentReader.this.next();
                }
                return pending != null;
            }

            @Override
            public Document next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Document result = pending;
                pending = null;
                return result;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }
}
