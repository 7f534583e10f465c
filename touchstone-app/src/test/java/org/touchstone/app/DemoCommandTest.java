package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;
import org.touchstone.testing.SharedData;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoCodesTheSampleCorpusAsksEveryQuestionAndWritesTheReport() throws Exception {
        Path shared = SharedData.file("unvotes/un_countries.csv").getParent().getParent();
        Path db = dir.resolve("demo/demo.duckdb");
        Cli first = Cli.run("demo", "--db", db.toString(), "--shared", shared.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("Ingested the project's sample events: 82 rows read, 82 stored, 0 duplicate, 0 rejected")
                .contains("Coded the project's sample news corpus: 127 documents")
                .contains("CHN <-> RUS by year").contains("USA <-> CHN by year").contains("USA <-> RUS by year")
                .contains("Words against deeds").contains("Restraint").contains("Like-mindedness")
                .contains("the alliance reading is").contains("Providers: ")
                .contains("UN General Assembly, 2019").contains("CHN-RUS").contains("USA-CHN")
                .contains("Polarity and conflict: ");
        // the audience question finds praise to a partner and criticism of it at home, both sentences shown
        assertThat(first.out()).containsPattern("to domestic, [A-Z]+ \\d+ \\(-[0-9.]+\\): \"")
                .containsPattern("to target, [A-Z]+ \\d+ \\([0-9.]+\\): \"");
        Path index = Path.of(first.out().lines().filter(l -> l.startsWith("Report: ")).findFirst().orElseThrow()
                .substring("Report: ".length()));
        assertThat(index).exists().hasFileName("index.html");
        assertThat(Files.readString(index)).contains("<svg");
        try (Store store = Store.open(db)) {
            assertThat(store.count(StoreTable.DOCUMENTS)).isEqualTo(127);
            assertThat(store.count(StoreTable.STATEMENTS)).isPositive();
        }
    }

    @Test
    void withoutThePublicDataTheDemoStillRunsAndSaysWhatItLeftOut() {
        Path db = dir.resolve("plain/demo.duckdb");
        Cli result = Cli.run("demo", "--db", db.toString(), "--shared", dir.resolve("nowhere").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("affinity is left out").doesNotContain("Polarity and conflict: ")
                .contains("Report: ");
    }
}
