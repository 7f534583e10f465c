package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoBuildsAFreshStoreFromTheProjectSampleAndShowsTheThreeDyads() {
        Path db = dir.resolve("demo/demo.duckdb");
        Cli first = Cli.run("demo", "--db", db.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("82 rows read, 82 stored, 0 duplicate, 0 rejected")
                .contains("CHN <-> RUS by year").contains("USA <-> CHN by year").contains("USA <-> RUS by year");
        // The 2022 row of CHN <-> RUS: 5 events, all cooperative.
        assertThat(first.out().lines().filter(l -> l.startsWith("2022 ")).findFirst().orElseThrow())
                .matches("2022\\s+5\\s+4\\s+1\\s+0\\s+0\\s+.*1\\.000");

        Cli again = Cli.run("demo", "--db", db.toString());
        assertThat(again.out()).as("a fresh store each run").contains("82 stored");
        try (Store store = Store.open(db)) {
            assertThat(store.count(StoreTable.EVENTS)).isEqualTo(82);
        }
    }
}
