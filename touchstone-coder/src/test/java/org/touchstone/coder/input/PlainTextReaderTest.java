package org.touchstone.coder.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Document;

class PlainTextReaderTest {

    private final List<InputProblem> problems = new ArrayList<>();

    private List<Document> read(String name, String content, ReaderOptions options) {
        return Inputs.readAll(new PlainTextReader(Inputs.text(content), name, options, problems::add));
    }

    @Test
    void takesTheDateWrittenInTheFirstLines() {
        List<Document> documents = read("news/statement-17.txt",
                "Ministry statement\nBeijing, February 4, 2022\n\nThe two sides agreed to deepen cooperation.\n",
                ReaderOptions.defaults());

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo("statement-17");
            assertThat(document.date()).isEqualTo(LocalDate.of(2022, 2, 4));
            assertThat(document.title()).isEqualTo("Ministry statement");
            assertThat(document.text()).endsWith("deepen cooperation.");
        });
    }

    @Test
    void readsIsoAndDayMonthYearDates() {
        assertThat(read("a.txt", "2022-02-04 Moscow\nText.", ReaderOptions.defaults()))
                .extracting(Document::date).containsExactly(LocalDate.of(2022, 2, 4));
        assertThat(read("b.txt", "Posted 4 Feb. 2022\nText.", ReaderOptions.defaults()))
                .extracting(Document::date).containsExactly(LocalDate.of(2022, 2, 4));
    }

    @Test
    void theDateOptionWins() {
        List<Document> documents = read("a.txt", "2019-01-01\nText.",
                ReaderOptions.defaults().withDate(LocalDate.of(2022, 2, 4)));

        assertThat(documents).extracting(Document::date).containsExactly(LocalDate.of(2022, 2, 4));
    }

    @Test
    void rejectsAFileWithoutADateClearly() {
        assertThat(read("undated.txt", "No date here.\nNone at all.", ReaderOptions.defaults())).isEmpty();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("undated.txt");
            assertThat(problem.reason()).contains("no date").contains("--date");
        });
    }

    @Test
    void rejectsEmptyBinaryAndOverlongFiles() {
        read("empty.txt", "  \n\n", ReaderOptions.defaults());
        read("binary.txt", "2022-02-04\u0000\u0001", ReaderOptions.defaults());
        read("long.txt", "2022-02-04 " + "x".repeat(100), ReaderOptions.defaults().withMaxDocumentChars(50));

        assertThat(problems).extracting(InputProblem::reason)
                .containsExactly("empty document", "not a text file (binary content)", "document longer than 50 characters");
    }
}
