package org.touchstone.coder.input;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that cannot be turned against the machine they run on: no DTD processing and no
 * external entities, so an XXE payload (a DOCTYPE declaring an entity that reads a local file or a
 * URL) fails as an undeclared entity instead of being expanded.
 */
final class SecureXml {

    private static final XMLInputFactory FACTORY = newFactory();

    private SecureXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamReader(in);
        }
    }

    /** The line of the reader's position, 0 when unknown. */
    static long line(XMLStreamReader reader) {
        try {
            return Math.max(reader.getLocation().getLineNumber(), 0);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The message of a parse failure without the location prefix the JDK adds. */
    static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = message.indexOf("Message: ");
        return cut >= 0 ? message.substring(cut + "Message: ".length()).strip() : message.strip();
    }
}
