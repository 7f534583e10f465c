package org.touchstone.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.touchstone.data.DatasetFormat;

/**
 * GDELT and ICEWS files to the store's tables in Parquet, as {@code touchstone ingest} would store
 * them: the same readers, the same rows (file id and line included), the same rule for an event
 * given twice (the earliest file and line wins), the same rejected lines with their reasons.
 *
 * <pre>
 * spark-submit --class org.touchstone.spark.IngestEventsJob touchstone-spark-jobs.jar INPUT... --out DIR
 * </pre>
 *
 * INPUT: files, directories or globs on any Hadoop file system. DIR receives
 * {@code events/year=YYYY/month=M/*.parquet}, {@code mentions/} (likewise, by mention time, when
 * GDELT 2.0 mentions files are given), {@code rejected_rows/} and {@code ingested_files/};
 * {@code touchstone import DIR} loads them into a store. Each input file is read by one task.
 */
public final class IngestEventsJob {
    static final String USAGE = "usage: spark-submit --class " + IngestEventsJob.class.getName()
            + " touchstone-spark-jobs.jar INPUT... --out DIR [--overwrite]";

    /** What a run did; {@code failedFiles} and {@code repeatedFiles} name files with why. */
    public record Summary(int files, long events, long mentions, long duplicates, long rejected,
                          List<String> failedFiles, List<String> repeatedFiles) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d file(s): %,d event(s) and %,d mention(s) stored, %,d duplicate(s)"
                            + " skipped, %,d line(s) rejected, %d file(s) failed, %d file(s) repeated",
                    files, events, mentions, duplicates, rejected, failedFiles.size(), repeatedFiles.size());
        }
    }

    private IngestEventsJob() {
    }

    public static void main(String[] args) {
        JobArguments arguments = JobMain.arguments(USAGE, args, Set.of("out"));
        JobMain.run("ingest events", spark -> {
            Summary summary = run(spark, arguments.inputs(), arguments.option("out"), arguments.overwrite());
            summary.failedFiles().forEach(f -> System.err.println("  not ingested: " + f));
            summary.repeatedFiles().forEach(f -> System.err.println("  read once: " + f));
            return summary.toString();
        });
    }

    public static Summary run(SparkSession spark, List<String> inputs, String out, boolean overwrite)
            throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        JobOutput output = JobOutput.claim(out, overwrite, hadoop);
        List<String> paths = InputFiles.list(hadoop, inputs);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);
        LocalDateTime started = LocalDateTime.now();

        // Checksums first, as the store takes them: every row carries its file's id, and a file
        // whose content was given already is read once.
        Map<Long, InputFile> files = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        List<InputFile> checked = jsc.parallelize(paths, slices(paths.size()))
                .map(path -> InputFile.of(path, conf.value()))
                .collect();
        for (InputFile file : checked) {
            InputFile first = files.putIfAbsent(file.fileId(), file.withOrder(files.size()));
            if (first != null) {
                repeated.add(file.displayPath() + " has the content of " + first.displayPath());
            }
        }

        List<InputFile> toRead = new ArrayList<>(files.values());
        JavaRDD<Row> rows = jsc.parallelize(toRead, slices(toRead.size())).flatMap(new DatasetFileRows(conf));
        Dataset<Row> items = spark.createDataFrame(rows, DatasetFileRows.SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<FileSummary> summaries = items.where(col("file").isNotNull()).select("file.*").collectAsList()
                    .stream().map(FileSummary::of).toList();
            List<FileSummary> failed = summaries.stream().filter(FileSummary::failed).toList();
            // The rows of a file that failed part way are dropped: a file is stored whole or not at all.
            Column stored = failed.isEmpty() ? lit(true)
                    : not(col("file_id").isin(failed.stream().map(FileSummary::fileId).toArray()));

            Map<Long, Long> storedByFile = new HashMap<>(
                    writeFirstOfEachKey(items, "event", stored, output, "events", "date", "dataset", "event_id"));
            long events = sum(storedByFile);
            long mentions = 0;
            if (summaries.stream().anyMatch(f -> DatasetFormat.GDELT2_MENTIONS.name().equals(f.format()))) {
                Map<Long, Long> mentionsByFile = writeFirstOfEachKey(items, "mention", stored, output, "mentions",
                        "mention_time", "dataset", "event_id", "identifier");
                mentionsByFile.forEach((id, n) -> storedByFile.merge(id, n, Long::sum));
                mentions = sum(mentionsByFile);
            }

            List<Row> failedNotes = failed.stream()
                    .map(f -> StoreRows.rejected(f.fileId(), 0, "file not ingested: " + f.error(), null)).toList();
            output.write("rejected_rows", items.where(col("rejected").isNotNull()).select("rejected.*").where(stored)
                    .unionByName(spark.createDataFrame(failedNotes, StoreSchema.REJECTED_ROWS)), "file_id", "line");

            List<Row> ingested = new ArrayList<>();
            long duplicates = 0;
            long rejected = 0;
            for (FileSummary summary : summaries) {
                if (summary.failed()) {
                    continue;
                }
                InputFile file = files.get(summary.fileId());
                long storedHere = storedByFile.getOrDefault(file.fileId(), 0L);
                long duplicateHere = summary.read() - summary.rejected() - storedHere;
                duplicates += duplicateHere;
                rejected += summary.rejected();
                ingested.add(RowFactory.create(file.fileId(), file.sha256(), file.name(), file.displayPath(),
                        summary.dataset(), summary.format(), file.bytes(), summary.read(), storedHere, duplicateHere,
                        summary.rejected(), started));
            }
            output.write("ingested_files", spark.createDataFrame(ingested, StoreSchema.INGESTED_FILES), "file_id");
            return new Summary(files.size(), events, mentions, duplicates, rejected,
                    failed.stream().map(FileSummary::error).toList(), List.copyOf(repeated));
        } finally {
            items.unpersist();
        }
    }

    /** What reading one file gave: its last row. {@code error} is null when it was read to its end. */
    private record FileSummary(long fileId, String dataset, String format, long read, long rejected, String error) {
        static FileSummary of(Row r) {
            return new FileSummary(r.getLong(0), r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
                    r.getString(5));
        }

        boolean failed() {
            return error != null;
        }
    }

    /**
     * Writes the records of one kind ("event" or "mention") of the files that were stored, the first
     * of each key only, by month of {@code timeColumn}; returns how many were written per file.
     */
    private static Map<Long, Long> writeFirstOfEachKey(Dataset<Row> items, String kind, Column stored,
                                                       JobOutput output, String table, String timeColumn,
                                                       String... key) {
        Dataset<Row> firsts = JobOutput.firstOfEachKey(
                        items.where(col(kind).isNotNull()).select(col("file_order"), col(kind + ".*")).where(stored),
                        key, "file_order", "line")
                .drop("file_order")
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            output.writeByMonth(table, firsts, timeColumn, key);
            Map<Long, Long> counts = new HashMap<>();
            for (Row r : firsts.groupBy("file_id").count().collectAsList()) {
                counts.put(r.getLong(0), r.getLong(1));
            }
            return counts;
        } finally {
            firsts.unpersist();
        }
    }

    /** One task per file, so that files are read side by side. */
    static int slices(int files) {
        return Math.max(1, files);
    }

    private static long sum(Map<Long, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
