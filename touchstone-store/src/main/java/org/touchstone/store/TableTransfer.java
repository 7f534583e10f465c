package org.touchstone.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Export of the store's tables to Parquet or CSV files (one per table, named after it) and import
 * of Parquet files back. Exports are sorted on every column, so the same store always writes the
 * same files; imports skip rows whose key is already stored, so importing twice adds nothing.
 */
public final class TableTransfer {

    public enum Format {
        PARQUET("parquet", "(FORMAT parquet)"),
        CSV("csv", "(FORMAT csv, HEADER true, DELIMITER ',')");

        private final String extension;
        private final String copyOptions;

        Format(String extension, String copyOptions) {
            this.extension = extension;
            this.copyOptions = copyOptions;
        }

        public String extension() {
            return extension;
        }

        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + name + "' (parquet or csv)");
            }
        }
    }

    private final Store store;

    public TableTransfer(Store store) {
        this.store = store;
    }

    /** Writes every table to DIR/&lt;table&gt;.&lt;ext&gt;; returns the row count written per file. */
    public Map<Path, Long> export(Path dir, Format format) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create export directory " + dir + ": " + e.getMessage(), e);
        }
        Map<Path, Long> written = new LinkedHashMap<>();
        for (StoreTable table : StoreTable.values()) {
            Path file = dir.resolve(table.sqlName() + "." + format.extension());
            String sql = "COPY (SELECT * FROM " + table.sqlName() + " ORDER BY ALL) TO "
                    + quote(file.toAbsolutePath().toString()) + " " + format.copyOptions;
            try (Statement st = store.connection().createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new StoreException("cannot export " + table.sqlName() + " to " + file + ": " + e.getMessage(), e);
            }
            written.put(file, store.count(table));
        }
        return written;
    }

    /**
     * Loads DIR/&lt;table&gt;.parquet for each table present (a table's file may also be a directory
     * of Parquet parts, as Spark writes them), in one transaction; returns rows added per table.
     */
    public Map<StoreTable, Long> importParquet(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("import directory " + dir + " does not exist or is not a directory");
        }
        List<StoreTable> present = new ArrayList<>();
        for (StoreTable table : StoreTable.values()) {
            if (parquetSource(dir, table) != null) {
                present.add(table);
            }
        }
        if (present.isEmpty()) {
            throw new StoreException("no Parquet files named after the store's tables in " + dir
                    + " (expected e.g. events.parquet)");
        }
        return store.inTransaction(connection -> {
            Map<StoreTable, Long> added = new LinkedHashMap<>();
            for (StoreTable table : present) {
                String keyMatch = table.keyColumns().stream()
                        .map(c -> "t." + c + " IS NOT DISTINCT FROM s." + c)
                        .collect(Collectors.joining(" AND "));
                try (Statement st = connection.createStatement()) {
                    String sql = "INSERT INTO " + table.sqlName() + " BY NAME SELECT s.*"
                            + excluded(partitionOnlyColumns(connection, dir, table)) + " FROM "
                            + parquetSource(dir, table) + " s WHERE NOT EXISTS (SELECT 1 FROM "
                            + table.sqlName() + " t WHERE " + keyMatch + ")";
                    long rows = st.executeUpdate(sql);
                    if (table == StoreTable.EVENTS && rows > 0) {
                        DyadDays.refresh(connection, "SELECT dataset, date FROM " + parquetSource(dir, table));
                    }
                    added.put(table, rows);
                } catch (SQLException e) {
                    throw new StoreException("cannot import " + table.sqlName() + " from " + dir + ": " + e.getMessage(), e);
                }
            }
            return added;
        });
    }

    private static String parquetSource(Path dir, StoreTable table) {
        Path file = dir.resolve(table.sqlName() + ".parquet");
        if (Files.isRegularFile(file)) {
            return "read_parquet(" + quote(file.toAbsolutePath().toString()) + ")";
        }
        Path parts = partsDirectory(dir, table);
        if (parts != null) {
            return "read_parquet(" + quote(parts.toAbsolutePath() + "/**/*.parquet") + ", hive_partitioning = true)";
        }
        return null;
    }

    /**
     * The directory of Parquet parts holding the table, or null when it is a single file, absent, or
     * holds no part (Spark writes a partitioned table without rows as a directory of markers only).
     */
    private static Path partsDirectory(Path dir, StoreTable table) {
        Path named = dir.resolve(table.sqlName() + ".parquet");
        Path parts = Files.isDirectory(named) ? named : dir.resolve(table.sqlName());
        if (!Files.isDirectory(parts)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(parts)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(f))
                    ? parts : null;
        } catch (IOException e) {
            throw new StoreException("cannot list " + parts + ": " + e.getMessage(), e);
        }
    }

    /**
     * Partition keys of a directory of parts (year=2019/month=10, as Spark writes them) that the table
     * has no column for: derived from a column (the date), they are left out of the insert.
     */
    private static List<String> partitionOnlyColumns(Connection connection, Path dir, StoreTable table)
            throws SQLException, IOException {
        Path parts = partsDirectory(dir, table);
        if (parts == null || Files.isRegularFile(dir.resolve(table.sqlName() + ".parquet"))) {
            return List.of();
        }
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(parts)) {
            paths.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.indexOf('=') > 0)
                    .forEach(name -> keys.add(name.substring(0, name.indexOf('='))));
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?")) {
            st.setString(1, table.sqlName());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.remove(rs.getString(1));
                }
            }
        }
        return new ArrayList<>(keys);
    }

    private static String excluded(List<String> columns) {
        return columns.isEmpty() ? "" : columns.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(", ", " EXCLUDE (", ")"));
    }

    /** A SQL string literal; paths are the only text spliced into SQL here. */
    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
