package org.touchstone.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

import scala.Tuple2;

/**
 * Documents to events and statements, with the same coder as {@code touchstone code --store}, into
 * the store's tables in Parquet: {@code documents/}, {@code events/}, {@code statements/}, and
 * {@code input_problems/} for what could not be read or coded (not a store table: a list to act on).
 *
 * <pre>
 * spark-submit --class org.touchstone.spark.CodeCorpusJob touchstone-spark-jobs.jar INPUT... --out DIR
 *     [--date YYYY-MM-DD] [--partitions N]
 * </pre>
 *
 * Each input file is read by one task with the coder's readers; the documents are then spread over
 * {@code N} partitions (by default four per core) and coded there, each executor loading the
 * dictionaries once. A document id given twice is coded once: the first in input order.
 */
public final class CodeCorpusJob {
    static final String USAGE = "usage: spark-submit --class " + CodeCorpusJob.class.getName()
            + " touchstone-spark-jobs.jar INPUT... --out DIR [--date YYYY-MM-DD] [--partitions N] [--overwrite]";

    /** What a run coded. */
    public record Summary(long documents, long sentences, long events, long statements, long problems) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d document(s), %,d sentence(s): %,d event(s), %,d statement(s);"
                    + " %,d input problem(s)", documents, sentences, events, statements, problems);
        }
    }

    private CodeCorpusJob() {
    }

    public static void main(String[] args) {
        JobArguments arguments = JobMain.arguments(USAGE, args, Set.of("out", "date", "partitions"));
        LocalDate date = JobMain.option(USAGE, arguments, "date", LocalDate::parse);
        Integer partitions = JobMain.option(USAGE, arguments, "partitions", Integer::valueOf);
        JobMain.run("code corpus", spark -> run(spark, arguments.inputs(), arguments.option("out"),
                arguments.overwrite(), date, partitions == null ? 0 : partitions).toString());
    }

    /**
     * @param date       the date of documents that carry none (plain text), or null
     * @param partitions how many partitions code documents side by side; 0 for four per core
     */
    public static Summary run(SparkSession spark, List<String> inputs, String out, boolean overwrite,
                              LocalDate date, int partitions) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        JobOutput output = JobOutput.claim(out, overwrite, hadoop);
        List<String> paths = InputFiles.list(hadoop, inputs);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int codingPartitions = partitions > 0 ? partitions : 4 * jsc.defaultParallelism();

        List<Tuple2<String, Long>> numbered = new ArrayList<>();
        for (String path : paths) {
            numbered.add(new Tuple2<>(path, (long) numbered.size()));
        }
        JavaRDD<Row> read = jsc.parallelize(numbered, IngestEventsJob.slices(paths.size()))
                .flatMap(new DocumentFileRows(new SerializableConfiguration(hadoop), date));
        Dataset<Row> items = spark.createDataFrame(read, DocumentFileRows.SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());
        // One shuffle spreads the documents over the coding partitions by id, which also brings the
        // copies of an id together to keep the first.
        Dataset<Row> documents = JobOutput.firstOfEachKey(
                        items.where(col("document").isNotNull())
                                .select(col("file_order"), col("position"), col("document.*"))
                                .repartition(codingPartitions, col("doc_id")),
                        new String[] {"doc_id"}, "file_order", "position")
                .drop("file_order", "position")
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Row> codedRows = documents.javaRDD().mapPartitions(new CodeDocuments());
        Dataset<Row> coded = spark.createDataFrame(codedRows, CodeDocuments.SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            output.write("documents", documents, "doc_id");
            Dataset<Row> events = coded.select(explode(col("events")).as("e")).select("e.*");
            output.write("events", events, "dataset", "event_id");
            Dataset<Row> statements = coded.select(explode(col("statements")).as("s")).select("s.*");
            output.write("statements", statements, "doc_id", "sentence_index", "statement_index");
            Dataset<Row> codingErrors = coded.select(col("doc_id").as("source"), lit(0L).as("position"),
                    lit("document").as("unit"), explode(col("errors")).as("reason"));
            Dataset<Row> problems = items.where(col("problem").isNotNull()).select("problem.*")
                    .unionByName(codingErrors);
            output.write("input_problems", problems, "source", "position", "reason");

            Row totals = coded.selectExpr("count(*)", "coalesce(sum(sentences), 0)", "coalesce(sum(size(events)), 0)",
                    "coalesce(sum(size(statements)), 0)").first();
            return new Summary(totals.getLong(0), totals.getLong(1), totals.getLong(2), totals.getLong(3),
                    problems.count());
        } finally {
            coded.unpersist();
            documents.unpersist();
            items.unpersist();
        }
    }
}
