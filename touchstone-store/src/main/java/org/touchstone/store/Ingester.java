package org.touchstone.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import org.touchstone.core.FileChecksum;
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
            if (store.inTransaction(connection -> IngestedFiles.contains(connection, checksum))) {
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
                            .append(IngestedFiles.shorten(bad.raw()))
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
        IngestedFiles.record(connection, file, checksum, report);
        return report;
    }


}
