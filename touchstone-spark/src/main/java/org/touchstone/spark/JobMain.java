package org.touchstone.spark;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.apache.spark.sql.SparkSession;

/** What the jobs' {@code main} methods share: arguments, the session, the closing line, exit codes. */
final class JobMain {

    /** A job run on a session; returns its summary line. */
    interface Job {
        String run(SparkSession spark) throws Exception;
    }

    private JobMain() {
    }

    /** The parsed arguments; on a mistake, prints it with the usage and exits with 2. */
    static JobArguments arguments(String usage, String[] args, Set<String> valued) {
        try {
            return JobArguments.parse(usage, args, valued);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    /** The value of an option, or null when it was not given; on a bad value, says so and exits with 2. */
    static <T> T option(String usage, JobArguments arguments, String name, Function<String, T> parse) {
        String text = arguments.option(name);
        try {
            return text == null ? null : parse.apply(text);
        } catch (RuntimeException e) {
            System.err.println(usage + "\n--" + name + " " + text + ": " + e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    /**
     * Runs the job on the session spark-submit configured (master, memory, ...), prints its summary
     * with the time it took (session start-up excluded), and exits with 1 when it failed.
     */
    static void run(String name, Job job) {
        SparkSession spark = SparkSession.builder().appName("touchstone " + name).getOrCreate();
        int status = 0;
        try {
            long start = System.nanoTime();
            String summary = job.run(spark);
            System.out.printf(Locale.ROOT, "%s: %s (%.1f s)%n", name, summary, (System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            System.err.println(name + " failed: " + e.getMessage());
            e.printStackTrace();
            status = 1;
        } finally {
            spark.stop();
        }
        if (status != 0) {
            System.exit(status);
        }
    }
}
