package org.touchstone.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A temporary copy of a store table's layout that records are appended to first, so that only
 * rows whose key is not yet stored move into the table (each key once: its first line). Lives for one
 * transaction on one connection; temporary tables never reach the database file.
 */
final class StagingTable {
    private final Connection connection;
    private final StoreTable table;
    private final String name;

    StagingTable(Connection connection, StoreTable table) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.name = "staging_" + table.sqlName();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE " + name + " AS SELECT * FROM " + table.sqlName() + " LIMIT 0");
        }
    }

    DuckDBAppender appender() throws SQLException {
        return ((DuckDBConnection) connection).createAppender("temp", "main", name);
    }

    /** Of rows with the same key, the one from the earliest line of a file is kept. */
    private String firstOrder() {
        return table == StoreTable.EVENTS || table == StoreTable.MENTIONS ? "s.line" : key();
    }

    private String key() {
        return String.join(", ", table.keyColumns());
    }

    /**
     * Moves the staged rows with new keys into the table; returns how many moved. New events also
     * bring the dyad-by-day table up to date for their days.
     */
    long moveNewRows() throws SQLException {
        String key = key();
        String keyMatch = table.keyColumns().stream().map(c -> "t." + c + " = s." + c)
                .collect(Collectors.joining(" AND "));
        try (Statement st = connection.createStatement()) {
            long moved = st.executeUpdate("INSERT INTO " + table.sqlName() + " SELECT s.* FROM " + name + " s"
                    + " WHERE NOT EXISTS (SELECT 1 FROM " + table.sqlName() + " t WHERE " + keyMatch + ")"
                    + " QUALIFY row_number() OVER (PARTITION BY " + key + " ORDER BY " + firstOrder() + ") = 1");
            if (table == StoreTable.EVENTS && moved > 0) {
                DyadDays.refresh(connection, "SELECT dataset, date FROM " + name);
            }
            st.execute("DROP TABLE " + name);
            return moved;
        }
    }
}
