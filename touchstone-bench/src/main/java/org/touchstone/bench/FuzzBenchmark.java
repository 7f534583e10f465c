package org.touchstone.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.touchstone.coder.Coder;
import org.touchstone.coder.fuzz.CoderFuzzTargets;
import org.touchstone.coder.fuzz.DictionaryFuzzTargets;
import org.touchstone.data.fuzz.DataFuzzTargets;
import org.touchstone.testing.FuzzTarget;
import org.touchstone.testing.Fuzzing;

/**
 * The fuzz tests' targets (every dataset reader, the coder's input and dictionary readers, the
 * coder) run for many more cases than the tests can afford: per target, the cases run, the records
 * and rejections they gave, the exceptions that escaped, the other promises broken, and the time.
 * Seeds start where the tests' seeds end, so these are new cases; a failure is printed with its seed.
 *
 * <pre>java -cp touchstone-bench.jar org.touchstone.bench.FuzzBenchmark SHARED_DATA_DIR DATA_CASES
 *     READER_CASES DICTIONARY_CASES CODER_CASES [THREADS]</pre>
 * (cases per target: each dataset reader; each coder input reader; each dictionary reader; the coder)
 */
public final class FuzzBenchmark {

    /** Above the seeds the tests run (1 .. a few thousand). */
    private static final long FIRST_SEED = 1_000_000L;

    private record Row(String name, long cases, long records, long rejections, long uncaught, long broken,
                       double seconds, List<String> failures) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: FuzzBenchmark SHARED_DATA_DIR DATA_CASES READER_CASES DICTIONARY_CASES"
                    + " CODER_CASES [THREADS]");
            System.exit(2);
        }
        Path shared = Path.of(args[0]);
        int threads = args.length > 5 ? Integer.parseInt(args[5]) : Runtime.getRuntime().availableProcessors();
        Map<FuzzTarget, Long> plan = new LinkedHashMap<>();
        for (Map.Entry<String, DataFuzzTargets.Definition> e : DataFuzzTargets.definitions().entrySet()) {
            plan.put(DataFuzzTargets.target(e.getKey(), e.getValue(), shared.resolve(e.getValue().file())),
                    Long.parseLong(args[1]));
        }
        CoderFuzzTargets.readers(shared.resolve("petrarch2/GigaWord.sample.PETR.xml")).values()
                .forEach(t -> plan.put(t, Long.parseLong(args[2])));
        DictionaryFuzzTargets.petrarch(shared.resolve("petrarch2/dictionaries")).values()
                .forEach(t -> plan.put(t, Long.parseLong(args[3])));
        DictionaryFuzzTargets.project().values().forEach(t -> plan.put(t, Long.parseLong(args[3])));
        plan.put(CoderFuzzTargets.coder(new Coder(), "coder (built-in dictionaries)"), Long.parseLong(args[4]));

        System.out.printf(Locale.ROOT, "machine: %d cores, %d threads, max heap %,d MB, %s %s%n",
                Runtime.getRuntime().availableProcessors(), threads, Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Row>> futures = new ArrayList<>();
        for (Map.Entry<FuzzTarget, Long> e : plan.entrySet()) {
            futures.add(pool.submit(() -> run(e.getKey(), e.getValue())));
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%-32s %12s %12s %12s %9s %9s %9s %11s%n", "target", "cases", "records",
                "rejections", "uncaught", "broken", "seconds", "cases/s");
        long cases = 0;
        long uncaught = 0;
        long broken = 0;
        List<String> failures = new ArrayList<>();
        for (Future<Row> f : futures) {
            Row r = f.get();
            System.out.printf(Locale.ROOT, "%-32s %,12d %,12d %,12d %,9d %,9d %9.1f %,11.0f%n", r.name(), r.cases(),
                    r.records(), r.rejections(), r.uncaught(), r.broken(), r.seconds(), r.cases() / r.seconds());
            cases += r.cases();
            uncaught += r.uncaught();
            broken += r.broken();
            failures.addAll(r.failures());
        }
        System.out.printf(Locale.ROOT, "total: %,d cases, %,d uncaught exceptions, %,d cases with a broken promise,"
                + " %.0f s wall time%n", cases, uncaught, broken, (System.nanoTime() - start) / 1e9);
        failures.forEach(f -> System.out.println("FAILED " + f));
        System.exit(uncaught + broken == 0 ? 0 : 1);
    }

    private static Row run(FuzzTarget target, long cases) {
        long records = 0;
        long rejections = 0;
        long uncaught = 0;
        long broken = 0;
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + cases; seed++) {
            Fuzzing.Outcome outcome = Fuzzing.run(target, seed);
            records += outcome.check().records();
            rejections += outcome.check().rejections();
            if (outcome.uncaught() != null) {
                uncaught++;
            } else if (outcome.failed()) {
                broken++;
            }
            if (outcome.failed() && failures.size() < 3) {
                failures.add(Fuzzing.describe(target, seed, outcome));
            }
        }
        return new Row(target.name(), cases, records, rejections, uncaught, broken,
                (System.nanoTime() - start) / 1e9, failures);
    }
}
