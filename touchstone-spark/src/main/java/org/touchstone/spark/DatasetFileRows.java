package org.touchstone.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.touchstone.core.Event;
import org.touchstone.core.Mention;
import org.touchstone.data.DatasetFile;
import org.touchstone.data.DatasetFiles;
import org.touchstone.data.ReadResult;
import org.touchstone.data.RecordReader;

/**
 * Reads one dataset file (GDELT 1.0/2.0 events or mentions, ICEWS, Touchstone event CSV) with the
 * same readers as {@code touchstone ingest}, streaming, into rows of {@link #SCHEMA}: each row holds
 * an event, a mention or a rejected line, and the last one the file's summary. A file that cannot
 * be read to its end gives a summary with the error, and its other rows are then dropped by the job,
 * as a failed file leaves the store untouched.
 */
final class DatasetFileRows implements FlatMapFunction<InputFile, Row> {
    /** How much of a rejected line is kept, as in the store. */
    static final int RAW_LINE_LIMIT = 2_000;

    static final StructType SUMMARY = StoreSchema.table(
            "file_id", LongType, "dataset", StringType, "format", StringType, "rows_read", LongType,
            "rows_rejected", LongType, "error", StringType);

    /** Exactly one of event, mention, rejected and file is set in a row. */
    static final StructType SCHEMA = StoreSchema.table(
            "file_order", IntegerType,
            "event", StoreSchema.EVENTS,
            "mention", StoreSchema.MENTIONS,
            "rejected", StoreSchema.REJECTED_ROWS,
            "file", SUMMARY);

    private final SerializableConfiguration conf;

    DatasetFileRows(SerializableConfiguration conf) {
        this.conf = conf;
    }

    @Override
    public Iterator<Row> call(InputFile file) {
        return new FileIterator(file);
    }

    /** Opens the file on the first call of hasNext and closes it after the summary row. */
    private final class FileIterator implements Iterator<Row> {
        private final InputFile file;
        private InputFiles.LocalFile local;
        private DatasetFile dataset;
        private RecordReader<?> reader;
        private Row next;
        private boolean finished;
        private long records;
        private long rejected;

        FileIterator(InputFile file) {
            this.file = file;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !finished) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = null;
            return row;
        }

        private Row advance() {
            try {
                if (reader == null) {
                    local = InputFiles.local(file.path(), conf.value());
                    dataset = DatasetFiles.open(local.path());
                    reader = dataset.format().hasMentions() ? dataset.mentions() : dataset.events();
                }
                ReadResult<?> result = reader.next();
                if (result instanceof ReadResult.Ok<?> ok) {
                    records++;
                    return ok.value() instanceof Event e
                            ? item(StoreRows.event(e, file.fileId()), null, null, null)
                            : item(null, StoreRows.mention((Mention) ok.value(), file.fileId()), null, null);
                }
                if (result instanceof ReadResult.Rejected<?> bad) {
                    rejected++;
                    return item(null, null, StoreRows.rejected(file.fileId(), bad.line(), bad.reason(),
                            shorten(bad.raw())), null);
                }
                return finish(null);
            } catch (IOException | RuntimeException e) {
                return finish(file.displayPath() + ": " + withoutLocalPath(String.valueOf(e.getMessage())));
            }
        }

        /** Readers name the local file (perhaps a temporary copy); the message names the input instead. */
        private String withoutLocalPath(String message) {
            String localPath = local == null ? null : local.path().toString() + ": ";
            return localPath != null && message.startsWith(localPath) ? message.substring(localPath.length()) : message;
        }

        private Row finish(String error) {
            finished = true;
            String datasetName = dataset == null ? null : dataset.datasetName();
            String format = dataset == null ? null : dataset.format().name();
            close();
            return item(null, null, null, RowFactory.create(file.fileId(), datasetName, format,
                    records + rejected, rejected, error));
        }

        private Row item(Row event, Row mention, Row rejectedRow, Row summary) {
            return RowFactory.create(file.order(), event, mention, rejectedRow, summary);
        }

        private void close() {
            try {
                if (dataset != null) {
                    dataset.close();
                }
                if (local != null) {
                    local.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file.displayPath(), e);
            }
        }
    }

    static String shorten(String raw) {
        if (raw == null) {
            return null;
        }
        return raw.length() <= RAW_LINE_LIMIT ? raw : raw.substring(0, RAW_LINE_LIMIT) + "…";
    }
}
