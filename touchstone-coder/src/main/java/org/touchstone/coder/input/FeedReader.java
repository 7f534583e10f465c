package org.touchstone.coder.input;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.jsoup.Jsoup;
import org.touchstone.core.Document;

/**
 * RSS (2.0, and 1.0/RDF) and Atom feeds, one document per {@code <item>} or {@code <entry>}: title,
 * link, date (pubDate, dc:date, published or updated), and text (content:encoded or Atom content,
 * else description or summary, else the title) with HTML reduced to its text through jsoup. The id
 * is the guid or Atom id, else the link. The provider is the host of the feed's own link.
 *
 * <p>Read with StAX, a piece at a time, with DTDs and external entities disabled (see
 * {@link SecureXml}). An item without a date (and no {@code --date}) or without any text is reported
 * and skipped; XML that stops being well-formed ends the feed with a problem naming the line.
 */
public final class FeedReader extends XmlItemReader<Document> implements DocumentReader {

    private static final Set<String> ROOTS = Set.of("rss", "RDF", "feed");

    private final ReaderOptions options;
    private long itemNumber;
    private String feedLink;
    private String provider;

    public FeedReader(InputStream in, String sourceName, ReaderOptions options, Consumer<InputProblem> problems) {
        super(in, sourceName, problems);
        this.options = options;
    }

    @Override
    protected Document nextItem() throws XMLStreamException {
        String name;
        while ((name = nextElement(ROOTS, "not an RSS or Atom feed")) != null) {
            if (name.equals("item") || name.equals("entry") && "feed".equals(root())) {
                itemNumber++;
                Document document = readItem(SecureXml.line(xml));
                if (document != null) {
                    return document;
                }
            } else if (name.equals("link") && blank(feedLink)) {
                feedLink = linkValue();
                provider = host(feedLink);
            }
        }
        return null;
    }

    private Document readItem(long line) throws XMLStreamException {
        String title = null;
        String link = null;
        String id = null;
        String published = null;
        String updated = null;
        String summary = null;
        String content = null;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "title" -> title = readText();
                    case "link" -> {
                        String value = linkValue();
                        if (link == null || link.isBlank()) {
                            link = value;
                        }
                    }
                    case "guid", "id" -> id = readText();
                    case "pubDate", "published", "date", "issued" -> published = readText();
                    case "updated", "modified" -> updated = readText();
                    case "description", "summary" -> summary = readText();
                    case "encoded", "content" -> content = readText();
                    default -> skipElement();
                }
            }
        }
        String where = "item " + itemNumber + (blank(title) ? "" : " (\"" + shorten(plain(title)) + "\")");
        LocalDate date = DateExpressions.parseTimestamp(published);
        if (date == null) {
            date = DateExpressions.parseTimestamp(updated);
        }
        if (date == null) {
            date = options.date();
        }
        if (date == null) {
            String written = published != null ? published : updated;
            problems.accept(InputProblem.atLine(sourceName, line, where + ": "
                    + (written == null ? "no date (give one with --date)" : "date '" + written.strip()
                    + "' is neither RFC 822 nor ISO 8601")));
            return null;
        }
        String text = plain(!blank(content) ? content : !blank(summary) ? summary : title);
        if (blank(text)) {
            problems.accept(InputProblem.atLine(sourceName, line, where + ": no text"));
            return null;
        }
        if (text.length() > options.maxDocumentChars()) {
            problems.accept(InputProblem.atLine(sourceName, line, where + ": text longer than "
                    + options.maxDocumentChars() + " characters"));
            return null;
        }
        String documentId = !blank(id) ? id.strip() : !blank(link) ? link.strip()
                : TextDecoding.baseName(sourceName) + "#" + itemNumber;
        return new Document(documentId, date, provider, null, blank(link) ? null : link.strip(),
                blank(title) ? null : plain(title), text, null);
    }

    /**
     * RSS writes a link as text; Atom (and atom:link inside RSS) as an href attribute, where the
     * alternate (or unlabelled) link is the page itself.
     */
    private String linkValue() throws XMLStreamException {
        String href = xml.getAttributeValue(null, "href");
        if (href == null) {
            return readText().strip();
        }
        String rel = xml.getAttributeValue(null, "rel");
        skipElement();
        return rel == null || rel.equals("alternate") ? href : null;
    }

    /** All text inside the current element (children included); leaves the reader at its end. */
    private String readText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() <= options.maxDocumentChars()) {
                        text.append(xml.getText());
                    }
                }
                default -> {
                }
            }
        }
        return text.toString();
    }

    private void skipElement() throws XMLStreamException {
        readText();
    }

    /** Feed text may hold escaped HTML; jsoup reduces it to its words. */
    private static String plain(String text) {
        if (text == null) {
            return null;
        }
        String value = text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? Jsoup.parse(text).text() : text;
        return value.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String host(String link) {
        if (blank(link)) {
            return null;
        }
        try {
            String host = URI.create(link.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
