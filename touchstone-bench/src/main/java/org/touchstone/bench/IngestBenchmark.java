package org.touchstone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

import org.touchstone.store.IngestReport;
import org.touchstone.store.IngestListener;
import org.touchstone.store.Ingester;
import org.touchstone.store.Store;
import org.touchstone.testing.GdeltCopies;

/**
 * Ingest throughput: Touchstone's ingest of a GDELT 2.0 file (the shared 2,111-row export repeated
 * with fresh ids) against DuckDB's own read_csv of the same file into a table, in the same run.
 * Each side gets a fresh database file; each is run {@code rounds} times and the best is reported.
 *
 * <pre>java -Xmx512m -cp touchstone-bench.jar org.touchstone.bench.IngestBenchmark SHARED_GDELT2_FILE COPIES WORKDIR [ROUNDS]</pre>
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: IngestBenchmark SHARED_GDELT2_FILE COPIES WORKDIR [ROUNDS]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Files.createDirectories(work);
        Path file = work.resolve("20191024143000.export.CSV");
        long rows = GdeltCopies.repeat(source, copies, file);
        System.out.printf(Locale.ROOT, "file: %s, %,d rows, %,d bytes%n", file, rows, Files.size(file));
        System.out.println(Machine.describe());

        double bestDuck = 0;
        double bestTouchstone = 0;
        for (int round = 1; round <= rounds; round++) {
            double duck = duckdbReadCsv(file, work.resolve("duckdb-" + round + ".duckdb"), rows);
            double touchstone = touchstoneIngest(file, work.resolve("touchstone-" + round + ".duckdb"), rows);
            System.out.printf(Locale.ROOT, "round %d: DuckDB read_csv %,.0f rows/s, Touchstone ingest %,.0f rows/s%n",
                    round, duck, touchstone);
            bestDuck = Math.max(bestDuck, duck);
            bestTouchstone = Math.max(bestTouchstone, touchstone);
        }
        System.out.printf(Locale.ROOT, "best: DuckDB read_csv %,.0f rows/s, Touchstone ingest %,.0f rows/s, ratio %.2f%n",
                bestDuck, bestTouchstone, bestTouchstone / bestDuck);
        System.out.printf(Locale.ROOT, "peak heap used: %,d MB (limit %,d MB)%n", Machine.peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static double duckdbReadCsv(Path file, Path db, long rows) throws Exception {
        Files.deleteIfExists(db);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            long start = System.nanoTime();
            st.execute("CREATE TABLE events AS SELECT * FROM read_csv('" + file.toAbsolutePath()
                    + "', delim = '\t', header = false, quote = '', escape = '')");
            double seconds = (System.nanoTime() - start) / 1e9;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
                rs.next();
                check(rs.getLong(1), rows, "read_csv");
            }
            return rows / seconds;
        }
    }

    private static double touchstoneIngest(Path file, Path db, long rows) throws Exception {
        Files.deleteIfExists(db);
        try (Store store = Store.open(db)) {
            long start = System.nanoTime();
            IngestReport report = new Ingester(store, IngestListener.SILENT).ingest(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            check(report.stored(), rows, "ingest");
            return rows / seconds;
        }
    }

    private static void check(long actual, long expected, String what) {
        if (actual != expected) {
            throw new IllegalStateException(what + " stored " + actual + " rows, expected " + expected);
        }
    }

}
