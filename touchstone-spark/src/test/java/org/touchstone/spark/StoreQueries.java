package org.touchstone.spark;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.touchstone.store.Store;

/** Reading stores and Parquet files through DuckDB, to compare what the two paths wrote. */
final class StoreQueries {
    private StoreQueries() {
    }

    /** Every row of the query as tab-joined text, in the query's order. */
    static List<String> rows(Store store, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(rs.getString(c)).append('\t');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** The whole table, sorted on every column. */
    static List<String> table(Store store, String table) throws SQLException {
        return rows(store, "SELECT * FROM " + table + " ORDER BY ALL");
    }

    /** Column names and types of Parquet data as DuckDB reads it: a file, or every part below a directory. */
    static List<String> parquetColumns(Store store, Path fileOrDirectory) throws SQLException {
        String files = fileOrDirectory.toFile().isDirectory()
                ? fileOrDirectory + "/**/*.parquet" : fileOrDirectory.toString();
        return rows(store, "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('"
                + files + "', hive_partitioning = false))");
    }
}
