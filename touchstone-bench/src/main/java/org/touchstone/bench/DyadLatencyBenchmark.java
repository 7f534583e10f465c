package org.touchstone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.DyadSeries;
import org.touchstone.analysis.Period;
import org.touchstone.store.IngestListener;
import org.touchstone.store.IngestReport;
import org.touchstone.store.Ingester;
import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;
import org.touchstone.testing.GdeltCopies;

/**
 * Dyad-series latency at scale. Builds a store of GDELT-shaped events through the real ingest
 * (the shared 2,111-row export, copy k moved k days later: a day of real actors and codes per copy),
 * in files of about a million rows, then asks dyad questions cold and warm. With a second size it
 * then grows the store inside DuckDB (the events again, each time later by the whole span, with new
 * ids), rebuilds the dyad-by-day table from all events, and asks again.
 *
 * <pre>
 * java -cp touchstone-bench.jar org.touchstone.bench.DyadLatencyBenchmark SHARED_GDELT2_FILE EVENTS WORKDIR [GROWN_EVENTS]
 * java -cp touchstone-bench.jar org.touchstone.bench.DyadLatencyBenchmark --ask STORE    (the questions only, on a kept store)
 * java -cp touchstone-bench.jar org.touchstone.bench.DyadLatencyBenchmark --grow STORE GROWN_EVENTS
 * </pre>
 */
public final class DyadLatencyBenchmark {
    private static final int COPIES_PER_FILE = 474;
    private static final int WARM_RUNS = 20;

    private record Question(String a, String b, Period by, boolean directed, boolean byMentions, DateRange range) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s-%s by %s%s%s%s", a, b, by.sqlName(), directed ? ", directed" : "",
                    byMentions ? ", by mentions" : "", range == DateRange.ALL ? "" : ", " + range.from() + " to " + range.to());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--ask")) {
            System.out.println(Machine.describe());
            try (Store store = Store.open(Path.of(args[1]))) {
                System.out.printf(Locale.ROOT, "store: %,d events, dyad_day %,d rows%n", store.count(StoreTable.EVENTS),
                        dyadDayRows(store));
                askAll(store);
            }
            printMemory(Path.of(args[1]));
            return;
        }
        if (args.length == 3 && args[0].equals("--grow")) {
            System.out.println(Machine.describe());
            growAndAsk(Path.of(args[1]), Long.parseLong(args[2]));
            printMemory(Path.of(args[1]));
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: DyadLatencyBenchmark SHARED_GDELT2_FILE EVENTS WORKDIR [GROWN_EVENTS]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        long wanted = Long.parseLong(args[1]);
        Path work = Path.of(args[2]);
        long grown = args.length > 3 ? Long.parseLong(args[3]) : 0;
        Files.createDirectories(work);
        System.out.println(Machine.describe());
        Path db = work.resolve("dyad.duckdb");
        Files.deleteIfExists(db);
        int rowsPerCopy = (int) Files.lines(source).filter(l -> !l.isBlank()).count();
        long copies = (wanted + rowsPerCopy - 1) / rowsPerCopy;
        try (Store store = Store.open(db)) {
            ingest(store, source, copies, work);
            askAll(store);
        }
        if (grown > 0) {
            growAndAsk(db, grown);
        }
        printMemory(db);
    }

    private static void printMemory(Path db) throws Exception {
        System.out.printf(Locale.ROOT, "peak heap used: %,d MB; peak resident memory (VmHWM): %,d MB; store file %,d MB%n",
                Machine.peakHeapBytes() >> 20, Machine.peakResidentKb(ProcessHandle.current().pid()) >> 10, Files.size(db) >> 20);
    }

    private static void ingest(Store store, Path source, long copies, Path work) throws Exception {
        Ingester ingester = new Ingester(store, IngestListener.SILENT);
        long ingestNanos = 0;
        long stored = 0;
        for (long first = 0; first < copies; first += COPIES_PER_FILE) {
            int n = (int) Math.min(COPIES_PER_FILE, copies - first);
            Path file = work.resolve(String.format(Locale.ROOT, "part-%05d.export.CSV", first / COPIES_PER_FILE));
            GdeltCopies.repeatDaily(source, first, n, file);
            long fileStart = System.nanoTime();
            IngestReport report = ingester.ingest(file);
            long fileNanos = System.nanoTime() - fileStart;
            ingestNanos += fileNanos;
            stored += report.stored();
            Files.delete(file);
            System.out.printf(Locale.ROOT, "  %s: %,d rows stored in %.1f s; store %,d events%n", file.getFileName(),
                    report.stored(), fileNanos / 1e9, stored);
        }
        double seconds = ingestNanos / 1e9;
        System.out.printf(Locale.ROOT, "ingested: %,d events over %,d days in %.1f s of ingest (%,.0f rows/s);"
                        + " dyad_day %,d rows (%.2f per event)%n",
                stored, copies, seconds, stored / seconds, dyadDayRows(store), dyadDayRows(store) / (double) stored);
    }

    /**
     * Repeats the store's events, each repetition later by the whole span of their dates and with new
     * ids, until there are at least {@code target} events; then reopens the store, which rebuilds the dyad-by-day table
     * from all events, and asks the questions.
     */
    private static void growAndAsk(Path db, long target) throws Exception {
        long start = System.nanoTime();
        try (Store store = Store.open(db); Statement st = store.connection().createStatement()) {
            long base = store.count(StoreTable.EVENTS);
            long span;
            try (var rs = st.executeQuery("SELECT max(date) - min(date) + 1 FROM events")) {
                rs.next();
                span = rs.getLong(1);
            }
            for (long k = 1; base * k < target; k++) {
                st.execute("INSERT INTO events SELECT * REPLACE (CAST(CAST(event_id AS BIGINT) + " + k * base
                        + " AS VARCHAR) AS event_id, date + " + k * span + " AS date) FROM events"
                        + " WHERE CAST(event_id AS BIGINT) < " + (1_000_000_000L + base));
                System.out.printf(Locale.ROOT, "  grown to %,d events (%.0f s)%n", base * (k + 1),
                        (System.nanoTime() - start) / 1e9);
            }
            // The table is derived: dropped, it is rebuilt from all events when the store next opens.
            st.execute("DROP TABLE dyad_day");
        }
        System.out.printf(Locale.ROOT, "grown in DuckDB in %.1f s%n", (System.nanoTime() - start) / 1e9);
        long open = System.nanoTime();
        try (Store store = Store.open(db)) {
            long rows = store.count(StoreTable.EVENTS);
            System.out.printf(Locale.ROOT, "reopened: %,d events, dyad_day rebuilt in %.1f s: %,d rows (%.2f per event)%n",
                    rows, (System.nanoTime() - open) / 1e9, dyadDayRows(store), dyadDayRows(store) / (double) rows);
            askAll(store);
        }
    }

    private static void askAll(Store store) throws Exception {
        LocalDate middleDay = middleDay(store);
        List<Question> questions = List.of(
                new Question("USA", "CHN", Period.MONTH, false, false, DateRange.ALL),
                new Question("USA", "RUS", Period.DAY, false, false, DateRange.ALL),
                new Question("IRNGOV", "RUSGOV", Period.WEEK, true, false, DateRange.ALL),
                new Question("USA", "CHN", Period.YEAR, false, true, DateRange.ALL),
                new Question("USA", "CHN", Period.DAY, false, false,
                        new DateRange(middleDay, middleDay.plusYears(1).minusDays(1))));
        DyadSeries series = new DyadSeries(store);
        for (Question q : questions) {
            long start = System.nanoTime();
            int periods = series.run(q.a(), q.b(), q.range(), new DyadSeries.Options(q.by(), q.directed(), q.byMentions(), 0)).size();
            double cold = (System.nanoTime() - start) / 1e6;
            double[] warm = new double[WARM_RUNS];
            for (int i = 0; i < WARM_RUNS; i++) {
                long t = System.nanoTime();
                series.run(q.a(), q.b(), q.range(), new DyadSeries.Options(q.by(), q.directed(), q.byMentions(), 0));
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);
            System.out.printf(Locale.ROOT, "  %-45s %,6d periods: first %7.1f ms, warm median %6.1f ms, warm max %6.1f ms%n",
                    q, periods, cold, warm[WARM_RUNS / 2], warm[WARM_RUNS - 1]);
        }
    }

    /** The day halfway between the store's first and last: the date-range question asks a year from there. */
    private static LocalDate middleDay(Store store) throws Exception {
        try (Statement st = store.connection().createStatement();
             var rs = st.executeQuery("SELECT min(date) + CAST((max(date) - min(date)) // 2 AS INTEGER) FROM dyad_day")) {
            rs.next();
            return rs.getObject(1, LocalDate.class);
        }
    }

    private static long dyadDayRows(Store store) throws Exception {
        try (Statement st = store.connection().createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM dyad_day")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
