package org.touchstone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.touchstone.analysis.AffinityMeasure;
import org.touchstone.analysis.AffinityRequest;
import org.touchstone.analysis.AffinityResult;
import org.touchstone.analysis.AffinityScores;
import org.touchstone.store.IngestListener;
import org.touchstone.store.Store;
import org.touchstone.store.UnVotesLoadReport;
import org.touchstone.store.UnVotesLoader;

/**
 * UN voting affinity: the matrix of the five permanent members of the Security Council for every
 * year 1946-2019, all three measures, as {@code touchstone affinity --matrix USA,CHN,RUS,GBR,FRA
 * --from 1946 --to 2019 --measure all} asks it (country lookup, checks, the SQL, ordering), on a
 * fresh store loaded with the shared UN votes. The first run (cold: SQL planning, class loading)
 * and the best of the following rounds are reported. Target: under 2 seconds.
 *
 * <pre>java -cp touchstone-bench.jar org.touchstone.bench.AffinityBenchmark SHARED_UNVOTES_DIR WORKDIR [ROUNDS]</pre>
 */
public final class AffinityBenchmark {
    private static final List<String> PERMANENT_MEMBERS = List.of("USA", "CHN", "RUS", "GBR", "FRA");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: AffinityBenchmark SHARED_UNVOTES_DIR WORKDIR [ROUNDS]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        System.out.println(Machine.describe());

        Path db = work.resolve("affinity-bench.duckdb");
        Files.deleteIfExists(db);
        try (Store store = Store.open(db)) {
            long start = System.nanoTime();
            UnVotesLoadReport loaded = new UnVotesLoader(store, IngestListener.SILENT).load(data);
            System.out.printf(Locale.ROOT, "load: %,d rows from %d files in %.2f s (not part of the figure)%n",
                    loaded.total().stored(), loaded.files().size(), seconds(start));

            AffinityRequest request = new AffinityRequest(1946, 2019, true, null, List.of(AffinityMeasure.values()));
            AffinityScores scores = new AffinityScores(store);
            double best = Double.MAX_VALUE;
            int values = 0;
            for (int round = 0; round <= rounds; round++) {
                start = System.nanoTime();
                AffinityResult result = scores.matrix(PERMANENT_MEMBERS, request);
                double seconds = seconds(start);
                values = result.values().size();
                if (round == 0) {
                    System.out.printf(Locale.ROOT, "first (cold) run: %.3f s, %,d values%n", seconds, values);
                } else {
                    best = Math.min(best, seconds);
                }
            }
            System.out.printf(Locale.ROOT, "matrix %s, 1946-2019 by year, measures agree, s, kappa: %,d values;"
                    + " best of %d rounds %.3f s%n", String.join(",", PERMANENT_MEMBERS), values, rounds, best);
        }
        Files.deleteIfExists(db);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
