package org.touchstone.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.touchstone.core.FileChecksum;
import org.duckdb.DuckDBAppender;
import org.touchstone.data.ReadResult;
import org.touchstone.data.RecordReader;
import org.touchstone.data.unvotes.UnCountry;
import org.touchstone.data.unvotes.UnRollCall;
import org.touchstone.data.unvotes.UnRollCallIssue;
import org.touchstone.data.unvotes.UnVote;
import org.touchstone.data.unvotes.UnVotesFile;
import org.touchstone.data.unvotes.UnVotesFileKind;
import org.touchstone.data.unvotes.UnVotesFiles;
import org.touchstone.data.unvotes.UnVotesRecord;

/**
 * Loads a directory of UN General Assembly voting data (un_countries.csv, un_roll_calls.csv,
 * un_roll_call_issues.csv, un_votes*.csv) into the store's un_* tables, in one transaction.
 * Idempotent like {@link Ingester}: a file already loaded (same SHA-256) is skipped, and a row
 * whose key is stored (a vote: roll call and country) counts as a duplicate. Bad lines go to
 * rejected_rows with file and line. A file that cannot be read at all adds nothing and is
 * reported as failed; the other files are still loaded.
 */
public final class UnVotesLoader {
    public static final String DATASET = "unvotes";

    private static final int PROGRESS_EVERY_LINES = 50_000;

    private final Store store;
    private final IngestListener listener;

    public UnVotesLoader(Store store, IngestListener listener) {
        this.store = store;
        this.listener = listener;
    }

    public UnVotesLoadReport load(Path dir) throws IOException {
        UnVotesFiles.Listing listing = UnVotesFiles.list(dir);
        if (listing.files().isEmpty()) {
            throw new IOException("no UN votes files in " + dir
                    + " (expected un_votes*.csv, un_roll_calls.csv, un_roll_call_issues.csv, un_countries.csv)");
        }
        List<IngestReport> reports = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        store.inTransaction(connection -> {
            for (UnVotesFiles.Found found : listing.files()) {
                try {
                    reports.add(loadFile(connection, found.path(), found.kind()));
                } catch (IOException e) {
                    // Nothing of this file left the temporary staging tables, so the others can go on.
                    failed.add(found.path() + ": " + e.getMessage());
                }
            }
            return null;
        });
        return new UnVotesLoadReport(reports, failed, listing.ignored());
    }

    private IngestReport loadFile(Connection connection, Path path, UnVotesFileKind kind) throws IOException, SQLException {
        FileChecksum checksum = FileChecksum.of(path);
        try (UnVotesFile file = UnVotesFile.open(path, kind)) {
            listener.fileStarted(path, kind.formatName(), file.size());
            if (IngestedFiles.contains(connection, checksum)) {
                IngestReport report = IngestReport.skipped(path, DATASET, kind.formatName());
                listener.fileFinished(report);
                return report;
            }
            StagingTable rows = new StagingTable(connection, tableOf(kind));
            StagingTable rejectedRows = new StagingTable(connection, StoreTable.REJECTED_ROWS);
            long records = 0;
            long rejected = 0;
            try (DuckDBAppender rowAppender = rows.appender(); DuckDBAppender rejectedAppender = rejectedRows.appender()) {
                RecordReader<? extends UnVotesRecord> reader = file.records();
                long lines = 0;
                for (ReadResult<? extends UnVotesRecord> result; (result = reader.next()) != null; ) {
                    if (result instanceof ReadResult.Ok<? extends UnVotesRecord> ok) {
                        append(rowAppender, ok.value(), checksum.fileId(), ok.line());
                        records++;
                    } else if (result instanceof ReadResult.Rejected<? extends UnVotesRecord> bad) {
                        rejectedAppender.beginRow().append(checksum.fileId()).append(bad.line()).append(bad.reason())
                                .append(IngestedFiles.shorten(bad.raw())).endRow();
                        rejected++;
                    }
                    if (++lines % PROGRESS_EVERY_LINES == 0) {
                        listener.progress(path, file.bytesRead(), lines);
                    }
                }
                listener.progress(path, file.bytesRead(), lines);
            }
            long stored = rows.moveNewRows();
            rejectedRows.moveNewRows();
            Map<String, Long> withoutCameo = file.countriesWithoutCameoCode();
            IngestReport report = new IngestReport(path, DATASET, kind.formatName(), false, records + rejected,
                    stored, records - stored, rejected, withoutCameo);
            IngestedFiles.record(connection, path, checksum, report);
            listener.fileFinished(report);
            return report;
        }
    }

    private static StoreTable tableOf(UnVotesFileKind kind) {
        return switch (kind) {
            case COUNTRIES -> StoreTable.UN_COUNTRIES;
            case ROLL_CALLS -> StoreTable.UN_ROLL_CALLS;
            case ROLL_CALL_ISSUES -> StoreTable.UN_ROLL_CALL_ISSUES;
            case VOTES -> StoreTable.UN_VOTES;
        };
    }

    /** One row, column by column in the order schema.sql declares the table. */
    private static void append(DuckDBAppender a, UnVotesRecord record, long fileId, long line) throws SQLException {
        a.beginRow();
        if (record instanceof UnVote v) {
            a.append(v.rcid()).append(v.year()).append(v.countryCode()).append(v.choice().text());
        } else if (record instanceof UnRollCall r) {
            a.append(r.rcid());
            nullable(a, r.session());
            nullable(a, r.importantVote());
            a.append(r.date());
            nullable(a, r.resolution());
            nullable(a, r.amendment());
            nullable(a, r.paragraph());
            nullable(a, r.shortTitle());
            nullable(a, r.description());
        } else if (record instanceof UnRollCallIssue i) {
            a.append(i.rcid()).append(i.shortName()).append(i.issue());
        } else if (record instanceof UnCountry c) {
            a.append(c.code()).append(c.name());
            nullable(a, c.cameoCode());
            nullable(a, c.iso3());
            nullable(a, c.cow());
        }
        a.append(fileId).append(line);
        a.endRow();
    }

    private static void nullable(DuckDBAppender a, Object value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else if (value instanceof Integer i) {
            a.append(i.intValue());
        } else if (value instanceof Boolean b) {
            a.append(b.booleanValue());
        } else {
            a.append(value.toString());
        }
    }



}
