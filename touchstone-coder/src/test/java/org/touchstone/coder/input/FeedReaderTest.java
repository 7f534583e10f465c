package org.touchstone.coder.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Document;

class FeedReaderTest {

    private final List<InputProblem> problems = new ArrayList<>();

    private List<Document> read(String xml, ReaderOptions options) {
        return Inputs.readAll(new FeedReader(Inputs.text(xml), "feed.xml", options, problems::add));
    }

    @Test
    void readsRssItems() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:atom="http://www.w3.org/2005/Atom">
                <channel><title>Example Wire</title><atom:link href="https://www.example.org/rss" rel="self"/>
                <link>https://www.example.org/</link>
                <item><title>Ministers meet</title><link>https://example.org/a</link>
                  <guid>urn:a</guid><pubDate>Fri, 04 Feb 2022 23:30:00 -0500</pubDate>
                  <description>&lt;p&gt;Short &lt;b&gt;summary&lt;/b&gt;.&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>The ministers met.</p><p>They talked.</p>]]></content:encoded></item>
                <item><title>Undated</title><description>No date.</description></item>
                <item><title>Second</title><link>https://example.org/b</link>
                  <pubDate>5 Feb 22 10:00 GMT</pubDate><description>Plain text.</description></item>
                </channel></rss>""";
        List<Document> documents = read(rss, ReaderOptions.defaults());

        assertThat(documents).hasSize(2);
        Document first = documents.get(0);
        assertThat(first.id()).isEqualTo("urn:a");
        assertThat(first.date()).isEqualTo(LocalDate.of(2022, 2, 4));
        assertThat(first.title()).isEqualTo("Ministers meet");
        assertThat(first.url()).isEqualTo("https://example.org/a");
        assertThat(first.provider()).isEqualTo("example.org");
        assertThat(first.text()).isEqualTo("The ministers met. They talked.");
        Document second = documents.get(1);
        assertThat(second.id()).isEqualTo("https://example.org/b");
        assertThat(second.date()).isEqualTo(LocalDate.of(2022, 2, 5));
        assertThat(second.text()).isEqualTo("Plain text.");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(10);
            assertThat(problem.reason()).isEqualTo("item 2 (\"Undated\"): no date (give one with --date)");
        });
    }

    @Test
    void readsAtomEntries() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry</title>
                <link href="https://mfa.example.gov/en/"/>
                <entry><title type="html">Statement &lt;i&gt;on&lt;/i&gt; talks</title>
                  <link rel="alternate" href="https://mfa.example.gov/en/1"/><id>tag:mfa,2022:1</id>
                  <updated>2022-02-06T00:00:00Z</updated><published>2022-02-04T23:00:00-03:00</published>
                  <summary>Summary.</summary>
                  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Full text.</p></div></content>
                </entry></feed>""";
        List<Document> documents = read(atom, ReaderOptions.defaults());

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo("tag:mfa,2022:1");
            assertThat(document.date()).isEqualTo(LocalDate.of(2022, 2, 4));
            assertThat(document.title()).isEqualTo("Statement on talks");
            assertThat(document.url()).isEqualTo("https://mfa.example.gov/en/1");
            assertThat(document.provider()).isEqualTo("mfa.example.gov");
            assertThat(document.text()).isEqualTo("Full text.");
        });
    }

    @Test
    void refusesExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss><channel><item><title>&xxe;</title><pubDate>2022-02-04</pubDate>"
                + "<description>&xxe;</description></item></channel></rss>";
        List<Document> documents = read(xxe, ReaderOptions.defaults());

        assertThat(documents).allSatisfy(document -> assertThat(document.text() + document.title())
                .doesNotContain("TOP-SECRET"));
        assertThat(documents).isEmpty();
        assertThat(problems).singleElement().satisfies(problem ->
                assertThat(problem.reason()).startsWith("malformed XML, reading stops").contains("xxe"));
    }

    @Test
    void keepsTheItemsBeforeBrokenXml() {
        String broken = "<rss><channel><item><title>One</title><pubDate>2022-02-04</pubDate></item>\n"
                + "<item><title>Two</oops></item></channel></rss>";
        List<Document> documents = read(broken, ReaderOptions.defaults());

        assertThat(documents).extracting(Document::title).containsExactly("One");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(2);
            assertThat(problem.reason()).startsWith("malformed XML");
        });
    }

    @Test
    void rejectsOtherXml() {
        assertThat(read("<html><body/></html>", ReaderOptions.defaults())).isEmpty();
        assertThat(problems).extracting(InputProblem::reason).containsExactly("not an RSS or Atom feed: root element <html>");
    }
}
