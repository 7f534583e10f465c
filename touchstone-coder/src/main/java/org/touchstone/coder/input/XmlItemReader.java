package org.touchstone.coder.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML input read one item at a time, the frame the feed and PETRARCH readers share: the parser opens on first use
 * (DTDs and external entities disabled, {@link SecureXml}); a root element of another format is reported; XML that
 * stops being well-formed, or any other failure, ends the input with a problem naming the line, and the items read
 * before it stay valid.
 *
 * @param <T> what an item becomes
 */
abstract class XmlItemReader<T> implements AutoCloseable {
    private final InputStream in;
    protected final String sourceName;
    protected final Consumer<InputProblem> problems;
    protected XMLStreamReader xml;
    private boolean started;
    private boolean done;
    private String root;

    XmlItemReader(InputStream in, String sourceName, Consumer<InputProblem> problems) {
        this.in = in;
        this.sourceName = sourceName;
        this.problems = problems;
    }

    /** The next item, or null at the end of the input. */
    public T next() {
        if (done) {
            return null;
        }
        try {
            if (!started) {
                started = true;
                xml = SecureXml.open(in);
            }
            T item = nextItem();
            if (item == null) {
                done = true;
            }
            return item;
        } catch (XMLStreamException e) {
            done = true;
            problems.accept(InputProblem.atLine(sourceName, xml == null ? 0 : SecureXml.line(xml),
                    "malformed XML, reading stops: " + SecureXml.reason(e)));
            return null;
        } catch (RuntimeException e) {
            done = true;
            problems.accept(InputProblem.atLine(sourceName, xml == null ? 0 : SecureXml.line(xml),
                    "cannot read further: " + e));
            return null;
        }
    }

    /** Reads on to the next item; null at the end of the input. */
    protected abstract T nextItem() throws XMLStreamException;

    /**
     * The local name of the next start element below the root, or null at the end of the input, or when the root is
     * none of {@code roots} (reported: "{@code notThis}: root element &lt;html&gt;").
     */
    protected String nextElement(Set<String> roots, String notThis) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (root != null) {
                return name;
            }
            root = name;
            if (!roots.contains(name)) {
                problems.accept(InputProblem.atLine(sourceName, SecureXml.line(xml), notThis + ": root element <" + name + ">"));
                return null;
            }
        }
        return null;
    }

    /** The root element's local name, once the first element is read. */
    protected String root() {
        return root;
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
            in.close();
        } catch (XMLStreamException | IOException ignored) {
            // closing a source we only read from
        }
    }
}
