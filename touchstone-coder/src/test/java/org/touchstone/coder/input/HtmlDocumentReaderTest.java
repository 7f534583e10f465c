package org.touchstone.coder.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Document;

class HtmlDocumentReaderTest {

    private final List<InputProblem> problems = new ArrayList<>();

    private List<Document> read(String name, String html, ReaderOptions options) {
        return Inputs.readAll(new HtmlDocumentReader(Inputs.text(html), name, options, problems::add));
    }

    @Test
    void keepsTheArticleAndDropsTheFurniture() {
        String html = """
                <!DOCTYPE html><html><head><title>Talks resume - Example News</title>
                <meta property="og:title" content="Talks resume">
                <meta property="article:published_time" content="2022-02-04T08:30:00+01:00">
                <link rel="canonical" href="https://example.org/talks">
                <style>p { color: red }</style><script>var tracking = 1;</script></head>
                <body><nav>Home | World | Sport</nav>
                <article><h1>Talks resume</h1><p>The delegations met in  Geneva.</p>
                <aside>Related: other talks</aside><p>They agreed to meet again.</p></article>
                <footer>Copyright</footer></body></html>""";
        List<Document> documents = read("pages/talks.html", html, ReaderOptions.defaults());

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo("talks");
            assertThat(document.title()).isEqualTo("Talks resume");
            assertThat(document.url()).isEqualTo("https://example.org/talks");
            assertThat(document.date()).isEqualTo(LocalDate.of(2022, 2, 4));
            assertThat(document.text()).isEqualTo(
                    "Talks resume\n\nThe delegations met in Geneva.\n\nThey agreed to meet again.");
        });
    }

    @Test
    void fallsBackToTimeElementThenTitleTag() {
        String html = "<html><head><title>Page</title></head><body><main><time datetime=\"2021-12-31\">"
                + "New Year's Eve</time><p>Text.</p></main></body></html>";
        assertThat(read("p.htm", html, ReaderOptions.defaults())).singleElement().satisfies(document -> {
            assertThat(document.date()).isEqualTo(LocalDate.of(2021, 12, 31));
            assertThat(document.title()).isEqualTo("Page");
        });
    }

    @Test
    void rejectsAPageWithoutDateOrText() {
        read("undated.html", "<html><body><p>No date.</p></body></html>", ReaderOptions.defaults());
        read("empty.html", "<html><body><nav>menu</nav></body></html>", ReaderOptions.defaults());

        assertThat(problems).extracting(InputProblem::reason).satisfiesExactly(
                reason -> assertThat(reason).startsWith("no date"),
                reason -> assertThat(reason).isEqualTo("no text in the page"));
    }
}
