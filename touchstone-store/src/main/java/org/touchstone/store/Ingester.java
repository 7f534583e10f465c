package org.touchstone.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.touchstone.core.Event;
import org.touchstone.core.Mention;
import org.touchstone.data.DatasetFile;
import org.touchstone.data.DatasetFiles;
import org.touchstone.data.ReadResult;
import org.touchstone.data.RecordReader;

/**
 * Brings dataset files into the store, idempotently: a file already ingested (same SHA-256) is
 * skipped, and an event already stored (same dataset and event id) is counted as a duplicate.
 * Each file is one transaction — its rows, its rejected lines and its entry in ingested_files
 * are committed together — so a crash or kill mid-file leaves the store as it was before the
 * file, and a rerun completes the work.
 */
public final class Ingester {
    private static final int PROGRESS_EVERY_LINES = 20_000;
    private static final int RAW_LINE_LIMIT = 2_000;

    private final Store store;
    private final IngestListener listener;

    public Ingester(Store store, IngestListener listener) {
        this.store = store;
        this.listener = listener;
    }

    public IngestReport ingest(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + file);
        }
        FileChecksum checksum = FileChecksum.of(file);
        try (DatasetFile dataset = DatasetFiles.open(file)) {
            String format = dataset.format().name();
            String datasetName = dataset.datasetName();
            listener.fileStarted(file, format, dataset.size());
            if (alreadyIngested(checksum)) {
                IngestReport report = IngestReport.skipped(file, datasetName, format);
                listener.fileFinished(report);
                return report;
            }
            IngestReport report = store.inTransaction(connection -> dataset.format().hasMentions()
                    ? load(connection, file, checksum, dataset, StoreTable.MENTIONS, dataset.mentions())
                    : load(connection, file, checksum, dataset, StoreTable.EVENTS, dataset.events()));
            listener.fileFinished(report);
            return report;
        }
    }

    private boolean alreadyIngested(FileChecksum checksum) {
        try (PreparedStatement st = store.connection().prepareStatement(
                "SELECT count(*) FROM ingested_files WHERE file_id = ? AND sha256 = ?")) {
            st.setLong(1, checksum.fileId());
            st.setString(2, checksum.sha256());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read ingested_files: " + e.getMessage(), e);
        }
    }

    /** Stages the file's records in a temporary table, then moves the new ones into {@code table}. */
    private <T> IngestReport load(Connection connection, Path file, FileChecksum checksum, DatasetFile dataset,
                                  StoreTable table, RecordReader<T> reader) throws Exception {
        StagingTable staging = new StagingTable(connection, table);
        long records = 0;
        long rejected = 0;
        try (DuckDBAppender stagingAppender = staging.appender();
             DuckDBAppender rejectedAppender = ((DuckDBConnection) connection)
                     .createAppender(StoreTable.REJECTED_ROWS.sqlName())) {
            RowAppender rows = new RowAppender(stagingAppender);
            long lines = 0;
            for (ReadResult<T> result; (result = reader.next()) != null; ) {
                if (result instanceof ReadResult.Ok<T> ok) {
                    if (ok.value() instanceof Event e) {
                        rows.appendEvent(e, checksum.fileId());
                    } else {
                        rows.appendMention((Mention) ok.value(), checksum.fileId());
                    }
                    records++;
                } else if (result instanceof ReadResult.Rejected<T> bad) {
                    rejectedAppender.beginRow()
                            .append(checksum.fileId())
                            .append(bad.line())
                            .append(bad.reason())
                            .append(shorten(bad.raw()))
                            .endRow();
                    rejected++;
                }
                if (++lines % PROGRESS_EVERY_LINES == 0) {
                    listener.progress(file, dataset.bytesRead(), lines);
                }
            }
            listener.progress(file, dataset.bytesRead(), lines);
        }
        long stored = staging.moveNewRows();
        IngestReport report = new IngestReport(file, dataset.datasetName(), dataset.format().name(), false,
                records + rejected, stored, records - stored, rejected, dataset.unmappedNames());
        recordFile(connection, file, checksum, report);
        return report;
    }

    private static void recordFile(Connection connection, Path file, FileChecksum checksum, IngestReport report)
            throws SQLException, IOException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO ingested_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, checksum.fileId());
            st.setString(2, checksum.sha256());
            st.setString(3, file.getFileName().toString());
            st.setString(4, file.toAbsolutePath().normalize().toString());
            st.setString(5, report.dataset());
            st.setString(6, report.format());
            st.setLong(7, Files.size(file));
            st.setLong(8, report.read());
            st.setLong(9, report.stored());
            st.setLong(10, report.duplicate());
            st.setLong(11, report.rejected());
            st.setTimestamp(12, Timestamp.from(Instant.now()));
            st.executeUpdate();
        }
    }

    private static String shorten(String raw) {
        if (raw == null) {
            return null;
        }
        return raw.length() <= RAW_LINE_LIMIT ? raw : raw.substring(0, RAW_LINE_LIMIT) + "…";
    }
}
