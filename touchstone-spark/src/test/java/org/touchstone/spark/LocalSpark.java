package org.touchstone.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of the tests: local[2], bound to 127.0.0.1, no web UI, two shuffle partitions.
 * Started once for all test classes of the run (it takes seconds); Spark stops it when the JVM exits.
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("touchstone-spark tests")
                    .master("local[2]")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
        }
        return session;
    }
}
