package org.touchstone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed transaction stores nothing and reports its own reason, and the transactions after it are
 * still whole: the failure leaves no half-ended transaction behind on the connection.
 */
class StoreTransactionTest {
    @TempDir
    Path dir;

    @Test
    void failedTransactionsStoreNothingAndTheNextOnesAreStillWhole() {
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            assertThatThrownBy(() -> store.inTransaction(c -> {
                insert(c, "a");
                throw new IllegalStateException("failed on purpose");
            })).hasMessage("failed on purpose");
            assertThat(store.count(StoreTable.DOCUMENTS)).isZero();

            // A statement DuckDB refuses ends its transaction on DuckDB's side.
            assertThatThrownBy(() -> store.inTransaction(c -> {
                insert(c, "b");
                insert(c, "b");
                return null;
            })).isInstanceOf(StoreException.class).hasMessageStartingWith("transaction on " + dir.resolve("store.duckdb") + " failed: ")
                    .hasMessageContaining("duplicate key \"b\"");
            assertThat(store.count(StoreTable.DOCUMENTS)).isZero();

            assertThatThrownBy(() -> store.inTransaction(c -> {
                insert(c, "c");
                throw new IllegalStateException("failed again");
            })).hasMessage("failed again");
            assertThat(store.count(StoreTable.DOCUMENTS)).as("the row of a failed transaction after a refused one").isZero();

            store.inTransaction(c -> insert(c, "d"));
            assertThat(store.count(StoreTable.DOCUMENTS)).isEqualTo(1);
        }
    }

    private static Void insert(Connection connection, String docId) throws Exception {
        try (Statement st = connection.createStatement()) {
            st.execute("INSERT INTO documents (doc_id) VALUES ('" + docId + "')");
        }
        return null;
    }
}
