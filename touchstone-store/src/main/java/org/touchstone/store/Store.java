package org.touchstone.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duckdb.DuckDBConnection;

/**
 * The Touchstone store: one DuckDB database file holding documents, events, statements, mentions,
 * ingested files and rejected rows. Opening a store creates the file and applies the schema.
 *
 * <p>DuckDB allows one writing process per file; a second process that opens the same file fails
 * at once with a clear {@link StoreException} naming the process that holds it, instead of waiting
 * or corrupting it. A store this process cannot write (a read-only file system) is opened read-only,
 * so questions can be asked of it; a write then fails naming the store.
 */
public final class Store implements AutoCloseable {
    public static final Path DEFAULT_PATH = Path.of("touchstone.duckdb");
    /** DuckDB's words when another process holds the file: "Conflicting lock is held in ... (PID 123)". */
    private static final Pattern LOCK_HOLDER = Pattern.compile("Conflicting lock is held in .*\\(PID (\\d+)\\)");

    private final Path path;
    private final DuckDBConnection connection;
    private final boolean readOnly;

    private Store(Path path, DuckDBConnection connection, boolean readOnly) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    public static Store open(Path path) {
        return open(path, null);
    }

    /**
     * Opens the store letting DuckDB use at most {@code memoryLimit} of memory (DuckDB's syntax, such as
     * {@code 2GB} or {@code 500MB}; null for DuckDB's default, 80% of the machine's); beyond it DuckDB
     * spills to temporary files. Every opening of one file in a process must give the same limit.
     */
    public static Store open(Path path, String memoryLimit) {
        return open(path, Files.isRegularFile(path) && !Files.isWritable(path), memoryLimit);
    }

    /**
     * Opens an existing store for questions only, whether or not this process could write it: writes fail
     * at once naming the store, and the file is never changed.
     */
    public static Store openReadOnly(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new StoreException("cannot open store " + path + ": no such file");
        }
        return open(path, true, null);
    }

    private static Store open(Path path, boolean readOnly, String memoryLimit) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of store " + path + ": " + e.getMessage(), e);
        }
        DuckDBConnection connection;
        try {
            Properties properties = new Properties();
            if (readOnly) {
                properties.setProperty("access_mode", "READ_ONLY");
            }
            if (memoryLimit != null) {
                properties.setProperty("memory_limit", memoryLimit);
            }
            connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), properties);
        } catch (SQLException e) {
            throw new StoreException(openFailure(path, e), e);
        }
        Store store = new Store(path, connection, readOnly);
        try {
            if (readOnly) {
                store.viewDerivedTables();
            } else {
                store.applySchema();
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Why a store did not open; for the lock another process holds, also what to do about it. */
    private static String openFailure(Path path, SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher holder = LOCK_HOLDER.matcher(message);
        if (!holder.find()) {
            return "cannot open store " + path + ": " + message;
        }
        return "cannot open store " + path + ": it is open in another process (PID " + holder.group(1) + "), and "
                + "DuckDB lets one process at a time use a store file. If that process is touchstone serve, "
                + "ingest through its POST /api/ingest (docs/API.md) or stop it first; otherwise wait for it to end.";
    }

    private void applySchema() {
        String ddl;
        try (InputStream in = Store.class.getResourceAsStream("schema.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement st = connection.createStatement()) {
            for (String sql : ddl.split(";\\s*\\n")) {
                if (!sql.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                    st.execute(sql);
                }
            }
            DyadDays.rebuildIfMissing(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot apply the schema to " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * A store written before {@code dyad_day} existed cannot get the table while read-only; a view of its
     * events in this connection answers the same questions, only by scanning the events.
     */
    private void viewDerivedTables() {
        try {
            DyadDays.viewIfMissing(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read store " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    public DuckDBConnection connection() {
        return connection;
    }

    /** Number of rows in one of the store's tables. */
    public long count(StoreTable table) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table.sqlName())) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table.sqlName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs work that writes the store in one transaction: all of it is stored, or none. On a store
     * opened read-only it fails at once, saying so, before anything is read or staged. The transaction is begun and ended
     * in SQL rather than through JDBC's auto-commit switch: when a write fails (a full disk), DuckDB
     * ends the transaction itself, and the driver's own idea of it would go stale, hiding the reason
     * behind "no transaction is active" and leaving later work outside any transaction.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        if (readOnly) {
            throw new StoreException("cannot write store " + path + ": it is read-only (this process cannot write the file,"
                    + " so it was opened read-only; questions work, writes do not)");
        }
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN TRANSACTION");
            try {
                T result = work.run(connection);
                st.execute("COMMIT");
                return result;
            } catch (Exception e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException alreadyEnded) {
                    e.addSuppressed(alreadyEnded);
                }
                throw e;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("transaction on " + path + " failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws Exception;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + path + ": " + e.getMessage(), e);
        }
    }
}
