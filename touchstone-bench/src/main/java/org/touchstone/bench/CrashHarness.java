package org.touchstone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.touchstone.testing.CrashTrials;
import org.touchstone.testing.GdeltCopies;
import org.touchstone.testing.JsonlCopies;

/**
 * Crash safety of the CLI: {@code touchstone ingest} (real GDELT 1.0/2.0 and ICEWS files) and
 * {@code touchstone code --store} (the sample corpus, repeated with fresh ids) killed with SIGKILL at
 * random moments, KILLS times each, up to three times on one store before a rerun to completion.
 * After each kill the store must open and hold whole files and documents only; after the rerun every
 * table must equal an uninterrupted run's. Prints each kill and a tally for each command; exits 1 if any promise failed.
 *
 * <pre>java -cp touchstone-bench.jar org.touchstone.bench.CrashHarness TOUCHSTONE_JAR SHARED_DATA_DIR CORPUS WORKDIR [KILLS] [SEED]</pre>
 */
public final class CrashHarness {
    private static final int GDELT_COPIES = 10;
    private static final int CORPUS_COPIES = 4;
    private static final int CODE_BATCH = 100;
    /** Kills on one store before a rerun to completion is compared with the uninterrupted run. */
    private static final int KILLS_PER_RERUN = 3;

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: CrashHarness TOUCHSTONE_JAR SHARED_DATA_DIR CORPUS WORKDIR [KILLS] [SEED]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path shared = Path.of(args[1]);
        Path corpus = Path.of(args[2]);
        Path work = Path.of(args[3]);
        int kills = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 1L;
        Files.createDirectories(work);

        Path copies = work.resolve("20191024143000.export.CSV");
        long copiedRows = GdeltCopies.repeat(shared.resolve("gdelt/20191024143000.export.CSV"), GDELT_COPIES, copies);
        List<String> ingest = new ArrayList<>(List.of("ingest"));
        for (String file : List.of("gdelt/gdelt1_rows_20141124.tsv", "gdelt/20191024143000.export.CSV",
                "icews/events.2018.sample.tab", "gdelt/gdelt1_georgia_events_2013_04.csv",
                "gdelt/gdelt1_georgia_events_2013_05.csv")) {
            ingest.add(shared.resolve(file).toString());
        }
        ingest.add(copies.toString());
        Path documents = work.resolve("sample-news-x" + CORPUS_COPIES + ".jsonl");
        long documentCount = JsonlCopies.repeat(corpus, CORPUS_COPIES, documents);
        List<String> code = List.of("code", "--store", "--batch", Integer.toString(CODE_BATCH), documents.toString());

        System.out.printf(Locale.ROOT, "ingest: %d files (the shared GDELT 1.0, GDELT 2.0 and ICEWS files and the GDELT 2.0"
                + " export x%d, %,d rows); code --store: %,d documents in batches of %d; %d kills each, up to %d on a store"
                + " before a rerun; seed %d%n", ingest.size() - 1, GDELT_COPIES, copiedRows, documentCount, CODE_BATCH, kills,
                KILLS_PER_RERUN, seed);
        boolean clean = true;
        clean &= run("ingest", cli(jar, ingest, work), CrashTrials.Unit.FILE, CrashHarness::ingestPhase,
                work.resolve("ingest"), seed, kills);
        clean &= run("code --store", cli(jar, code, work), CrashTrials.Unit.DOCUMENT, CrashHarness::codePhase,
                work.resolve("code"), seed, kills);
        System.exit(clean ? 0 : 1);
    }

    private static boolean run(String name, Function<Path, List<String>> command, CrashTrials.Unit unit,
                               BiFunction<List<String>, List<String>, String> phase, Path dir, long seed, int kills)
            throws Exception {
        Files.createDirectories(dir);
        long start = System.nanoTime();
        CrashTrials.Tally tally = new CrashTrials(command, unit, phase, dir, seed, line -> System.out.println(name + ": " + line))
                .run(kills, KILLS_PER_RERUN);
        System.out.printf(Locale.ROOT, "%s: %s; %.0f s%n", name, tally.summary(unit), (System.nanoTime() - start) / 1e9);
        tally.problems().forEach(p -> System.out.println(name + ": PROBLEM " + p));
        return tally.problems().isEmpty();
    }

    /**
     * The CLI from its jar, writing the given store. Its temporary files go to {@code tmp}: DuckDB unpacks
     * its native library (some 50 MB) at each start, and a killed process cannot delete it.
     */
    private static Function<Path, List<String>> cli(Path jar, List<String> args, Path tmp) {
        return db -> {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Djava.io.tmpdir=" + tmp, "-jar", jar.toString(), args.get(0), "--db", db.toString()));
            command.addAll(args.subList(1, args.size()));
            return command;
        };
    }

    /**
     * Where an ingest was killed, from its last line: before any (opening the store), after "ingesting F"
     * or a progress line (reading F and staging its rows), after F's last progress line (moving the new
     * rows into the tables and committing), after F's counts (checksumming the next file), after the summary.
     */
    static String ingestPhase(List<String> seen, List<String> uninterrupted) {
        if (seen.isEmpty()) {
            return "opening";
        }
        String last = seen.get(seen.size() - 1);
        if (last.startsWith("Ingested ")) {
            return "closing";
        }
        if (last.contains(" rows read, ") || last.contains("kept by name")) {
            return "between files";
        }
        int at = uninterrupted.indexOf(last);
        if (last.endsWith(" bytes read") && at >= 0 && at + 1 < uninterrupted.size()
                && uninterrupted.get(at + 1).contains(" rows read, ")) {
            return "moving/committing";
        }
        return "reading/staging";
    }

    /** Where a coding run was killed: in which batch (coding it, then storing it in one transaction). */
    static String codePhase(List<String> seen, List<String> uninterrupted) {
        if (!seen.isEmpty() && seen.get(seen.size() - 1).startsWith("Coded ")) {
            return "closing";
        }
        long stored = seen.stream().filter(l -> l.endsWith(" documents coded and stored")).count();
        return stored == 0 ? "opening + batch 1" : "batch " + (stored + 1);
    }
}
