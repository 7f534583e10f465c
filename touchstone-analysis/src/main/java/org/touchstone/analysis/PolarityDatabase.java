package org.touchstone.analysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.touchstone.data.ReadResult;
import org.touchstone.data.RecordReader;
import org.touchstone.data.UnknownDatasetFormatException;
import org.touchstone.data.cow.MajorPowerReader;
import org.touchstone.data.cow.MajorPowerSpell;
import org.touchstone.data.cow.MidDispute;
import org.touchstone.data.cow.MidDisputeReader;
import org.touchstone.data.cow.NmcReader;
import org.touchstone.data.cow.NmcRecord;
import org.touchstone.data.cow.UcdpConflictReader;
import org.touchstone.data.cow.UcdpConflictYear;
import org.touchstone.store.StoreException;

/**
 * A private in-memory DuckDB database holding the polarity question's inputs. The readers stream
 * each file into its table through DuckDB's appender, so no file is held in memory; lines the
 * readers reject are collected with their file and line.
 */
final class PolarityDatabase implements AutoCloseable {
    private final DuckDBConnection connection;
    private final Map<String, Long> rejectedBySource = new HashMap<>();

    private PolarityDatabase(DuckDBConnection connection) {
        this.connection = connection;
    }

    static PolarityDatabase inMemory() {
        try {
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            PolarityDatabase db = new PolarityDatabase(connection);
            db.executeScript("polarity-tables.sql");
            return db;
        } catch (SQLException e) {
            throw new StoreException("cannot open an in-memory database: " + e.getMessage(), e);
        }
    }

    DuckDBConnection connection() {
        return connection;
    }

    long rejected(String source) {
        return rejectedBySource.getOrDefault(source, 0L);
    }

    /** Loads every given file; rejected lines are added to {@code rejections}. */
    void load(PolaritySources sources, List<PolarityRejection> rejections) {
        loadNmc(sources.nmc(), rejections);
        load("majors", "major power", sources.majors(), MajorPowerReader::new, "major_spells", rejections,
                (MajorPowerSpell s, DuckDBAppender a) -> a.append(s.ccode()).append(s.start().getYear())
                        .append(s.end().getYear()));
        load("mids", "MID", sources.mids(), MidDisputeReader::new, "mid_disputes", rejections,
                (MidDispute d, DuckDBAppender a) -> a.append(d.number()).append(d.startYear()).append(d.hostility()));
        if (sources.ucdp() != null) {
            load("ucdp", "UCDP", sources.ucdp(), UcdpConflictReader::new, "ucdp_conflict_years", rejections,
                    (UcdpConflictYear c, DuckDBAppender a) -> a.append(c.conflictId()).append(c.year()));
        }
    }

    /** NMC rows are also checked for a repeated state-year, which would count a state twice. */
    private void loadNmc(Path file, List<PolarityRejection> rejections) {
        Map<Long, Long> lineOfStateYear = new HashMap<>();
        load("nmc", "NMC", file, NmcReader::new, "nmc", rejections, (NmcRecord r, DuckDBAppender a) -> {
            a.append(r.ccode());
            if (r.stateAbb() == null) {
                a.appendNull();
            } else {
                a.append(r.stateAbb());
            }
            a.append(r.year()).append(r.cinc());
        }, (NmcRecord r, long line) -> {
            Long earlier = lineOfStateYear.putIfAbsent(r.ccode() * 100_000L + r.year(), line);
            return earlier == null ? null : "state " + r.ccode() + " in " + r.year() + " already read on line " + earlier;
        });
    }

    private <T> void load(String source, String what, Path file, ReaderFactory<T> readers, String table,
                          List<PolarityRejection> rejections, RowWriter<T> writer) {
        load(source, what, file, readers, table, rejections, writer, (record, line) -> null);
    }

    private <T> void load(String source, String what, Path file, ReaderFactory<T> readers, String table,
                          List<PolarityRejection> rejections, RowWriter<T> writer, RowCheck<T> check) {
        String name = file.toString();
        long rejected = 0;
        try (InputStream in = open(file);
             RecordReader<T> reader = readers.open(in, name);
             DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (ReadResult<T> result; (result = reader.next()) != null; ) {
                if (result instanceof ReadResult.Rejected<T> r) {
                    rejections.add(new PolarityRejection(name, r.line(), r.reason()));
                    rejected++;
                } else if (result instanceof ReadResult.Ok<T> ok) {
                    String problem = check.problem(ok.value(), ok.line());
                    if (problem != null) {
                        rejections.add(new PolarityRejection(name, ok.line(), problem));
                        rejected++;
                        continue;
                    }
                    appender.beginRow();
                    writer.write(ok.value(), appender);
                    appender.endRow();
                }
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read the " + what + " file " + name + ": no such file", e);
        } catch (UnknownDatasetFormatException e) {
            throw new UncheckedIOException("cannot read the " + what + " file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " file " + name + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("cannot load the " + what + " file " + name + ": " + e.getMessage(), e);
        }
        rejectedBySource.put(source, rejected);
    }

    /** The file's bytes, decompressed when it is gzip (recognised by its first two bytes). */
    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a directory");
        }
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Runs the statements of a script resource, separated by semicolons at line ends. */
    void executeScript(String resource) throws SQLException {
        String script;
        try (InputStream in = PolarityDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement st = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (!sql.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                    st.execute(sql);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the in-memory database: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface ReaderFactory<T> {
        RecordReader<T> open(InputStream in, String fileName);
    }

    @FunctionalInterface
    private interface RowWriter<T> {
        void write(T record, DuckDBAppender appender) throws SQLException;
    }

    /** A check across lines: the reason to reject the record, or null to keep it. */
    @FunctionalInterface
    private interface RowCheck<T> {
        String problem(T record, long line);
    }
}
