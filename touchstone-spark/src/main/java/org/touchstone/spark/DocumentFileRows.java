package org.touchstone.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.touchstone.coder.input.DocumentReader;
import org.touchstone.coder.input.DocumentReaders;
import org.touchstone.coder.input.InputProblem;
import org.touchstone.coder.input.ReaderOptions;
import org.touchstone.core.Document;

import scala.Tuple2;

/**
 * Reads one input file of documents (plain text, JSON lines, HTML, RSS/Atom, PETRARCH XML; plain or
 * gzipped) with the coder's own readers, streaming, into rows of {@link #SCHEMA}: each row holds a
 * document or a problem the reader reported (a bad line, an undated text) with where and why.
 */
final class DocumentFileRows implements FlatMapFunction<Tuple2<String, Long>, Row> {

    /** The table of input problems that a coding job writes beside its output. */
    static final StructType PROBLEMS = StoreSchema.table(
            "source", StringType, "position", LongType, "unit", StringType, "reason", StringType);

    /** Exactly one of document and problem is set; file_order and position place a document in the input. */
    static final StructType SCHEMA = StoreSchema.table(
            "file_order", IntegerType,
            "position", LongType,
            "document", StoreSchema.DOCUMENTS,
            "problem", PROBLEMS);

    private final SerializableConfiguration conf;
    /** The date of documents that carry none, or null; ReaderOptions itself does not travel to executors. */
    private final LocalDate date;

    DocumentFileRows(SerializableConfiguration conf, LocalDate date) {
        this.conf = conf;
        this.date = date;
    }

    /** @param file the file's path and its place in the sorted input */
    @Override
    public Iterator<Row> call(Tuple2<String, Long> file) {
        return new FileIterator(file._1(), file._2().intValue());
    }

    private final class FileIterator implements Iterator<Row> {
        private final String path;
        private final int order;
        private final ArrayDeque<Row> pending = new ArrayDeque<>();
        private DocumentReader reader;
        private long documents;
        private boolean finished;

        FileIterator(String path, int order) {
            this.path = path;
            this.order = order;
        }

        @Override
        public boolean hasNext() {
            if (pending.isEmpty() && !finished) {
                advance();
            }
            return !pending.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        /** Queues the next document, after any problems met on the way to it. */
        private void advance() {
            if (reader == null) {
                try {
                    ReaderOptions options = date == null ? ReaderOptions.defaults()
                            : ReaderOptions.defaults().withDate(date);
                    reader = DocumentReaders.open(InputFiles.open(path, conf.value()), path, options, this::report);
                } catch (IOException | RuntimeException e) {
                    report(new InputProblem(path, 0, "line", "cannot open: " + e.getMessage()));
                    finished = true;
                    return;
                }
            }
            Document document = reader.next();
            if (document == null) {
                finished = true;
                reader.close();
                return;
            }
            pending.add(RowFactory.create(order, documents++, StoreRows.document(document), null));
        }

        private void report(InputProblem p) {
            pending.add(RowFactory.create(order, null, null,
                    RowFactory.create(p.source(), p.position(), p.unit(), p.reason())));
        }
    }
}
