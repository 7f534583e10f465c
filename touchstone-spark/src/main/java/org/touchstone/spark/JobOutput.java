package org.touchstone.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.util.Arrays;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The output directory of a job: one directory of Parquet parts per table, named after the store's
 * table ({@code events/}, {@code rejected_rows/}, ...), which {@code touchstone import DIR} loads.
 */
final class JobOutput {
    private final String root;

    private JobOutput(String root) {
        this.root = root;
    }

    /**
     * Claims the output directory before any work is done: it must not exist, unless
     * {@code overwrite} is set, in which case it is removed.
     */
    static JobOutput claim(String root, boolean overwrite, Configuration conf) throws IOException {
        Path path = new Path(root);
        FileSystem fs = path.getFileSystem(conf);
        if (fs.exists(path)) {
            if (!overwrite) {
                throw new IOException("output directory " + root + " exists already: remove it or add --overwrite");
            }
            fs.delete(path, true);
        }
        return new JobOutput(root);
    }

    /** Where the table's parts go. */
    String table(String name) {
        return new Path(root, name).toString();
    }

    /**
     * Writes rows sorted by {@code sortColumns} (the table's key), so the same input gives the same
     * rows in the same order. No rows give one part with the columns and no rows.
     */
    void write(String table, Dataset<Row> rows, String... sortColumns) {
        rows.orderBy(columns(sortColumns)).write().parquet(table(table));
    }

    /**
     * Writes rows partitioned into {@code year=YYYY/month=M} directories by the year and month of
     * {@code timeColumn}; each month is one part file, sorted by {@code sortColumns}. No rows give
     * a directory without parts (there is no month to write), which {@code import} passes over.
     */
    void writeByMonth(String table, Dataset<Row> rows, String timeColumn, String... sortColumns) {
        String[] order = new String[sortColumns.length + 2];
        order[0] = "year";
        order[1] = "month";
        System.arraycopy(sortColumns, 0, order, 2, sortColumns.length);
        rows.withColumn("year", org.apache.spark.sql.functions.year(col(timeColumn)))
                .withColumn("month", org.apache.spark.sql.functions.month(col(timeColumn)))
                .repartition(col("year"), col("month"))
                .sortWithinPartitions(columns(order))
                .write().partitionBy("year", "month").parquet(table(table));
    }

    /**
     * Of rows with the same key, the first by {@code order}: what the store keeps when the same
     * event comes twice (the earliest file, then the earliest line).
     */
    static Dataset<Row> firstOfEachKey(Dataset<Row> rows, String[] key, String... order) {
        return rows.withColumn("copy", row_number().over(Window.partitionBy(columns(key)).orderBy(columns(order))))
                .where(col("copy").equalTo(1))
                .drop("copy");
    }

    static Column[] columns(String... names) {
        return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }
}
