package org.touchstone.coder.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Document;

class JsonDocumentReaderTest {

    private final List<InputProblem> problems = new ArrayList<>();

    private List<Document> read(String content, ReaderOptions options) {
        return Inputs.readAll(new JsonDocumentReader(Inputs.text(content), "docs.jsonl", options, problems::add));
    }

    @Test
    void readsTheProjectSampleCorpus() {
        InputStream in = getClass().getResourceAsStream("/org/touchstone/coder/corpus/sample-news.jsonl");
        assertThat(in).as("sample corpus on the class path").isNotNull();
        List<Document> documents = Inputs.readAll(
                new JsonDocumentReader(in, "sample-news.jsonl", ReaderOptions.defaults(), problems::add));

        assertThat(problems).isEmpty();
        assertThat(documents).hasSize(127);
        Document first = documents.get(0);
        assertThat(first.id()).isEqualTo("sn-001");
        assertThat(first.date()).isEqualTo(LocalDate.of(2019, 5, 6));
        assertThat(first.provider()).isEqualTo("newspaper:USA");
        assertThat(first.providerCountry()).isEqualTo("USA");
        assertThat(first.title()).startsWith("Trump says tariffs");
        assertThat(first.text()).startsWith("President Donald Trump said on Sunday");
        assertThat(first.venue()).isEqualTo("news_report");
        assertThat(documents).extracting(Document::id).doesNotHaveDuplicates();
    }

    @Test
    void reportsBadLinesWithTheirNumbersAndKeepsTheRest() {
        String content = String.join("\n",
                "{\"id\": \"a\", \"date\": \"2022-02-04\", \"text\": \"first\"}",
                "{\"id\": \"b\", \"date\": \"2022-02-04\", \"text\": \"broken\"",
                "",
                "{\"date\": \"2022-02-04\", \"text\": \"no id\"}",
                "{\"id\": \"c\", \"date\": \"4/2/2022\", \"text\": \"bad date\"}",
                "{\"id\": \"d\", \"date\": \"2022-02-04\"}",
                "[1, 2]",
                "{\"id\": 7, \"date\": \"2022-02-04T10:00:00+05:00\", \"providerCountry\": \"IND\", \"text\": \"last\"}");
        List<Document> documents = read(content, ReaderOptions.defaults());

        assertThat(documents).extracting(Document::id).containsExactly("a", "7");
        assertThat(documents.get(1).date()).isEqualTo(LocalDate.of(2022, 2, 4));
        assertThat(documents.get(1).providerCountry()).isEqualTo("IND");
        assertThat(problems).extracting(InputProblem::position).containsExactly(2L, 4L, 5L, 6L, 7L);
        assertThat(problems.get(0).reason()).startsWith("not valid JSON");
        assertThat(problems.get(1).reason()).isEqualTo("missing id");
        assertThat(problems.get(2).reason()).contains("not YYYY-MM-DD");
        assertThat(problems.get(3).reason()).contains("missing text");
        assertThat(problems.get(4).reason()).isEqualTo("not a JSON object");
        assertThat(problems.get(0).toString()).isEqualTo("docs.jsonl, line 2: " + problems.get(0).reason());
    }

    @Test
    void theDateOptionFillsMissingDatesOnly() {
        String content = "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"date\": \"2020-01-01\", \"text\": \"y\"}";
        List<Document> documents = read(content, ReaderOptions.defaults().withDate(LocalDate.of(2022, 2, 4)));

        assertThat(documents).extracting(Document::date)
                .containsExactly(LocalDate.of(2022, 2, 4), LocalDate.of(2020, 1, 1));
    }

    @Test
    void readsAJsonArrayElementByElement() {
        String content = " [ {\"id\": \"a\", \"date\": \"2022-02-04\", \"text\": \"x\"}, 5,"
                + " {\"id\": \"b\", \"date\": \"2022-02-05\", \"text\": \"y\"} ]";
        List<Document> documents = read(content, ReaderOptions.defaults());

        assertThat(documents).extracting(Document::id).containsExactly("a", "b");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.unit()).isEqualTo("item");
            assertThat(problem.position()).isEqualTo(2);
        });
    }

    @Test
    void anOverlongLineIsRejectedNotLoaded() {
        String longText = "x".repeat(200_000);
        String content = "{\"id\": \"a\", \"date\": \"2022-02-04\", \"text\": \"" + longText + "\"}\n"
                + "{\"id\": \"b\", \"date\": \"2022-02-04\", \"text\": \"short\"}";
        List<Document> documents = read(content, ReaderOptions.defaults().withMaxDocumentChars(1000));

        assertThat(documents).extracting(Document::id).containsExactly("b");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(1);
            assertThat(problem.reason()).startsWith("line longer than");
        });
    }
}
