package org.touchstone.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.touchstone.core.DyadDaySql;

/**
 * The dyad-by-day tables from an events table: {@code dyad_day/} per day, dataset and directed pair
 * of actor codes (with their countries), and {@code dyad_day_country/} per pair of countries; both
 * partitioned by year and month. Their columns are documented in docs/SPARK.md; the SQL
 * ({@code dyad-day.sql}, {@code dyad-day-country.sql}) is the same that DuckDB runs on a store.
 *
 * <pre>
 * spark-submit --class org.touchstone.spark.AggregateJob touchstone-spark-jobs.jar EVENTS... --out DIR
 * </pre>
 *
 * EVENTS: an events table in Parquet (a file, or a directory of parts such as IngestEventsJob
 * writes), or the output directory of IngestEventsJob or CodeCorpusJob, whose {@code events/} is read.
 */
public final class AggregateJob {
    static final String USAGE = "usage: spark-submit --class " + AggregateJob.class.getName()
            + " touchstone-spark-jobs.jar EVENTS... --out DIR [--overwrite]";


    /** What a run wrote. */
    public record Summary(long events, long dyadDays, long countryDyadDays) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d event(s) into %,d dyad-day row(s), %,d country dyad-day row(s)",
                    events, dyadDays, countryDyadDays);
        }
    }

    private AggregateJob() {
    }

    public static void main(String[] args) {
        JobArguments arguments = JobMain.arguments(USAGE, args, Set.of("out"));
        JobMain.run("aggregate", spark -> run(spark, arguments.inputs(), arguments.option("out"),
                arguments.overwrite()).toString());
    }

    public static Summary run(SparkSession spark, List<String> inputs, String out, boolean overwrite)
            throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        JobOutput output = JobOutput.claim(out, overwrite, hadoop);
        spark.read().parquet(eventTables(inputs, hadoop).toArray(String[]::new)).createOrReplaceTempView("events");
        Dataset<Row> dyadDay = spark.sql(DyadDaySql.DYAD_DAY).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            dyadDay.createOrReplaceTempView("dyad_day");
            Dataset<Row> countryDay = spark.sql(DyadDaySql.DYAD_DAY_COUNTRY);
            output.writeByMonth("dyad_day", dyadDay, "date", "dataset", "source_code", "target_code",
                    "source_country", "target_country");
            output.writeByMonth("dyad_day_country", countryDay, "date", "dataset", "source_country",
                    "target_country");
            Row totals = dyadDay.selectExpr("coalesce(sum(events), 0)", "count(*)").first();
            return new Summary(totals.getLong(0), totals.getLong(1), countryDay.count());
        } finally {
            dyadDay.unpersist();
            spark.catalog().dropTempView("dyad_day");
            spark.catalog().dropTempView("events");
        }
    }

    /** The events tables named by the inputs: a job's output directory stands for its events/. */
    static List<String> eventTables(List<String> inputs, Configuration conf) throws IOException {
        List<String> tables = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            Path events = new Path(path, "events");
            tables.add(fs.isDirectory(path) && fs.isDirectory(events) ? events.toString() : input);
        }
        return tables;
    }

}
