package org.touchstone.coder.input;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.touchstone.core.Document;

/**
 * An HTML page as one document: its main text (inside {@code <article>}, else {@code <main>}, else
 * the body) without navigation, scripts, styles, asides, headers, footers and forms, kept in
 * paragraphs. The title is og:title or else {@code <title>}; the url is the canonical link or
 * og:url; the date is {@code --date}, else a publication meta tag (article:published_time,
 * og:published_time, datePublished, date, pubdate, DC.date), else the first {@code <time datetime>},
 * else a date written near the top of the text. The id is the file name without extension.
 */
public final class HtmlDocumentReader extends WholeFileReader {

    private static final String BOILERPLATE =
            "nav, script, style, noscript, template, aside, footer, header, form, iframe, svg, button";
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[itemprop=datePublished]", "meta[name=article:published_time]", "meta[name=date]",
            "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=DC.date]", "meta[name=dc.date]",
            "meta[name=DC.date.issued]", "meta[property=article:modified_time]");

    public HtmlDocumentReader(InputStream in, String sourceName, ReaderOptions options,
                              Consumer<InputProblem> problems) {
        super(in, sourceName, "page", options, problems);
    }

    @Override
    protected String notThisFormat() {
        return "not an HTML page";
    }

    @Override
    protected Document document(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = firstNonBlank(attribute(page, "meta[property=og:title]", "content"), page.title());
        String url = firstNonBlank(attribute(page, "link[rel=canonical]", "href"),
                attribute(page, "meta[property=og:url]", "content"));
        LocalDate date = options.date() != null ? options.date() : publicationDate(page);

        page.select(BOILERPLATE).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = page.body();
        }
        String text = root == null ? "" : paragraphs(root);
        if (text.isBlank()) {
            return reject("no text in the page");
        }
        if (date == null) {
            date = DateExpressions.findIn(String.join("\n", text.lines()
                    .limit(PlainTextReader.DATE_SEARCH_LINES).toList()));
        }
        if (date == null) {
            return reject("no date: no publication meta tag, <time datetime> or "
                    + "date near the top of the text; give one with --date");
        }
        return new Document(id(), date, null, null, url, title, text, null);
    }

    private static LocalDate publicationDate(org.jsoup.nodes.Document page) {
        for (String selector : DATE_META) {
            LocalDate date = DateExpressions.parseTimestamp(attribute(page, selector, "content"));
            if (date != null) {
                return date;
            }
        }
        for (Element time : page.select("time[datetime]")) {
            LocalDate date = DateExpressions.parseTimestamp(time.attr("datetime"));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String attribute(org.jsoup.nodes.Document page, String selector, String name) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.attr(name);
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : null;
    }

    /** The text of an element with a blank line between blocks and single spaces within them. */
    static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    out.append(textNode.text());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    out.append('\n');
                } else if (node instanceof Element element && element.isBlock()) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, root);
        StringBuilder text = new StringBuilder();
        for (String block : out.toString().split("\\n\\s*\\n")) {
            String normalized = block.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!normalized.isEmpty()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(normalized);
            }
        }
        return text.toString();
    }
}
