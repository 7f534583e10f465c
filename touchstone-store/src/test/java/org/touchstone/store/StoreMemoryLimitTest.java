package org.touchstone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store opened with a memory limit gives DuckDB that limit; one DuckDB cannot read is refused, the file untouched. */
class StoreMemoryLimitTest {
    @TempDir
    Path dir;

    private static String memoryLimit(Store store) throws Exception {
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('memory_limit')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theLimitGivenIsDuckDbsAndWithoutOneDuckDbKeepsItsDefault() throws Exception {
        Path path = dir.resolve("store.duckdb");
        try (Store store = Store.open(path, "200MB")) {
            assertThat(memoryLimit(store)).isEqualTo("190.7 MiB");
        }
        try (Store store = Store.open(path)) {
            assertThat(memoryLimit(store)).isNotEqualTo("190.7 MiB");
        }
    }

    @Test
    void aLimitDuckDbCannotReadIsRefusedNamingTheStoreAndTheFileIsUntouched() throws Exception {
        Path path = dir.resolve("store.duckdb");
        Store.open(path).close();
        byte[] before = Files.readAllBytes(path);
        assertThatThrownBy(() -> Store.open(path, "lots")).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open store " + path + ": ").hasMessageContaining("memory_limit");
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
    }
}
