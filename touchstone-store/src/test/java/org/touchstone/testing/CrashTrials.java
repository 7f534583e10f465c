package org.touchstone.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;

/**
 * Kills a command that writes the store with SIGKILL at random moments, each time in a fresh store,
 * and checks what a crash must leave: a store that opens, holding only whole units (an ingested file
 * with exactly its rows, a coded document with exactly its events and statements); then reruns the
 * command to completion and compares every table with an uninterrupted run: no row lost, none twice.
 *
 * <p>Kills come in chains on one store: the run after a kill is killed in turn, so later kills find
 * a store already partly written and killed before. Half of the kills fall at a moment drawn
 * uniformly over the uninterrupted run's duration; the other half after a line of its output drawn
 * uniformly, so that short phases (a commit after the last line of a file) are hit as often as long ones.
 */
public final class CrashTrials {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    /** What a command stores whole: a row of {@code table}, and its rows in each member table, joined by {@code column}. */
    public record Unit(String name, StoreTable table, String column, List<StoreTable> members) {
        public static final Unit FILE = new Unit("file", StoreTable.INGESTED_FILES, "file_id",
                List.of(StoreTable.EVENTS, StoreTable.MENTIONS, StoreTable.REJECTED_ROWS));
        public static final Unit DOCUMENT = new Unit("document", StoreTable.DOCUMENTS, "doc_id",
                List.of(StoreTable.EVENTS, StoreTable.STATEMENTS));

        List<StoreTable> tables() {
            List<StoreTable> tables = new ArrayList<>(List.of(table));
            tables.addAll(members);
            return tables;
        }
    }

    /** What the kills found. {@link #problems()} is empty when every promise held. */
    public static final class Tally {
        private int kills;
        private int finishedBeforeKill;
        private int storesOpened;
        private int halfUnits;
        private long rowsLost;
        private long rowsDuplicated;
        private int rerunsDiffering;
        private int reruns;
        private long referenceMillis;
        private final Map<String, Integer> phases = new TreeMap<>();
        private final List<String> problems = new ArrayList<>();

        public int kills() {
            return kills;
        }

        public int storesOpened() {
            return storesOpened;
        }

        public List<String> problems() {
            return problems;
        }

        public String summary(Unit unit) {
            return kills + " kills (" + finishedBeforeKill + " more runs ended before their kill; uninterrupted run "
                    + referenceMillis + " ms), " + storesOpened + " stores opened, " + halfUnits + " half " + unit.name()
                    + "s, " + rowsLost + " rows lost, " + rowsDuplicated + " rows duplicated, " + rerunsDiffering
                    + " of " + reruns + " reruns differing from the uninterrupted run; kills by phase " + phases;
        }
    }

    private final Function<Path, List<String>> command;
    private final Unit unit;
    private final BiFunction<List<String>, List<String>, String> phase;
    private final Path dir;
    private final Random random;
    private final Consumer<String> log;

    private Path reference;
    private List<ChildProcess.Line> referenceLines;
    private long referenceMillis;
    private Map<StoreTable, String> referenceDigests;
    private final Map<StoreTable, Map<String, String>> referenceUnits = new EnumMap<>(StoreTable.class);

    /**
     * @param command the command line that writes a given store
     * @param phase   names the phase a kill fell in, from the lines seen before it and the uninterrupted run's lines
     * @param log     one line for each kill
     */
    public CrashTrials(Function<Path, List<String>> command, Unit unit,
                       BiFunction<List<String>, List<String>, String> phase, Path dir, long seed, Consumer<String> log) {
        this.command = command;
        this.unit = unit;
        this.phase = phase;
        this.dir = dir;
        this.random = new Random(seed);
        this.log = log;
    }

    /**
     * Kills the command {@code kills} times, in chains of up to {@code chain} kills on the same store
     * (each run after a kill is the rerun, killed in turn), every chain ended by a rerun to completion
     * that is compared with the uninterrupted run. Runs that end before their kill are not counted.
     */
    public Tally run(int kills, int chain) throws Exception {
        runReference();
        Tally tally = new Tally();
        tally.referenceMillis = referenceMillis;
        for (int trial = 0; tally.kills < kills && trial < 3 * kills; trial++) {
            chain(trial, Math.min(chain, kills - tally.kills), tally);
        }
        if (tally.kills < kills) {
            tally.problems.add("only " + tally.kills + " of " + kills + " runs were killed before they ended");
        }
        return tally;
    }

    private void runReference() throws Exception {
        reference = dir.resolve("uninterrupted.duckdb");
        long start = System.nanoTime();
        ChildProcess child = ChildProcess.start(command.apply(reference));
        int exit = child.await(RUN_TIMEOUT);
        referenceMillis = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException("the uninterrupted run failed with status " + exit + ":\n" + child.errors());
        }
        referenceLines = child.lines();
        try (Store store = Store.open(reference)) {
            referenceDigests = TableDigest.all(store);
            for (StoreTable table : unit.tables()) {
                referenceUnits.put(table, TableDigest.byColumn(store.connection(), table, unit.column()));
            }
        }
        if (referenceUnits.get(unit.table()).isEmpty()) {
            throw new IllegalStateException("the uninterrupted run stored no " + unit.name());
        }
    }

    private void chain(int trial, int chain, Tally tally) throws Exception {
        Path db = dir.resolve("killed-" + trial + ".duckdb");
        int k = 0;
        for (; k < chain; k++) {
            long killAt = tally.kills % 2 == 0 ? (long) (random.nextDouble() * referenceMillis) : afterRandomLine();
            ChildProcess child = ChildProcess.start(command.apply(db));
            boolean killed = child.killAt(killAt);
            int exit = child.await(RUN_TIMEOUT);
            // A kill sent as the process exits on its own is lost: it ended before its kill.
            if (!killed || exit == 0) {
                tally.finishedBeforeKill++;
                break;
            }
            tally.kills++;
            List<String> seen = child.lines().stream().map(ChildProcess.Line::text).toList();
            String where = phase.apply(seen, referenceLines.stream().map(ChildProcess.Line::text).toList());
            tally.phases.merge(where, 1, Integer::sum);
            String label = "kill " + tally.kills + " at " + killAt + " ms (" + where + (k > 0 ? ", store killed " + k + " times before" : "") + ")";
            if (exit != ChildProcess.KILLED) {
                tally.problems.add(label + ": exit status " + exit + ", not " + ChildProcess.KILLED);
            }
            Set<String> half;
            try (Store store = Store.open(db)) {
                tally.storesOpened++;
                half = halfUnits(store.connection());
            } catch (RuntimeException e) {
                tally.problems.add(label + ": the store does not open: " + e.getMessage());
                log.accept(label + ": the store does not open: " + e.getMessage());
                delete(db);
                return;
            }
            tally.halfUnits += half.size();
            if (!half.isEmpty()) {
                tally.problems.add(label + ": half " + unit.name() + "s " + half);
            }
            log.accept(label + ": store opens, " + half.size() + " half " + unit.name() + "s");
        }
        if (k == 0) {
            delete(db);
            return;
        }
        tally.reruns++;
        String label = "rerun after kill " + tally.kills;
        ChildProcess rerun = ChildProcess.start(command.apply(db));
        int rerunExit = rerun.await(RUN_TIMEOUT);
        if (rerunExit != 0) {
            tally.problems.add(label + ": the rerun failed with status " + rerunExit + ":\n" + rerun.errors());
        }
        long lost = 0;
        long duplicated = 0;
        List<StoreTable> differing = new ArrayList<>();
        try (Store store = Store.open(db)) {
            for (Map.Entry<StoreTable, String> digest : TableDigest.all(store).entrySet()) {
                if (!digest.getValue().equals(referenceDigests.get(digest.getKey()))) {
                    differing.add(digest.getKey());
                }
            }
            attach(store.connection());
            for (StoreTable table : StoreTable.values()) {
                lost += count(store.connection(), TableDigest.rows(table, "reference"), TableDigest.rows(table, ""));
                duplicated += count(store.connection(), TableDigest.rows(table, ""), TableDigest.rows(table, "reference"));
            }
        }
        tally.rowsLost += lost;
        tally.rowsDuplicated += duplicated;
        if (!differing.isEmpty() || lost + duplicated > 0) {
            tally.rerunsDiffering++;
            tally.problems.add(label + ": after the rerun, tables " + differing + " differ from the uninterrupted run: "
                    + lost + " rows lost, " + duplicated + " rows duplicated");
        }
        log.accept(label + ": " + (differing.isEmpty() ? "every table equals the uninterrupted run" : "tables " + differing + " differ")
                + " (" + lost + " rows lost, " + duplicated + " duplicated)");
        delete(db);
    }

    /** A moment after a line of the uninterrupted run drawn uniformly (or its start), before the next line (or its end). */
    private long afterRandomLine() {
        int line = random.nextInt(referenceLines.size() + 1) - 1;
        long from = line < 0 ? 0 : referenceLines.get(line).millis();
        long to = line + 1 < referenceLines.size() ? referenceLines.get(line + 1).millis() : referenceMillis;
        return from + (long) (random.nextDouble() * Math.max(0, to - from));
    }

    /** Units stored in part: present with rows that differ from the uninterrupted run's, or rows without their unit. */
    private Set<String> halfUnits(Connection connection) throws SQLException {
        Map<String, String> present = TableDigest.byColumn(connection, unit.table(), unit.column());
        Set<String> half = new TreeSet<>();
        for (StoreTable table : unit.tables()) {
            Map<String, String> mine = TableDigest.byColumn(connection, table, unit.column());
            Map<String, String> expected = referenceUnits.get(table);
            for (String u : present.keySet()) {
                if (!Objects.equals(mine.get(u), expected.get(u))) {
                    half.add(u);
                }
            }
            for (String u : mine.keySet()) {
                if (!present.containsKey(u)) {
                    half.add(u);
                }
            }
        }
        return half;
    }

    private void attach(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("ATTACH '" + reference.toAbsolutePath().toString().replace("'", "''") + "' AS reference (READ_ONLY)");
        }
    }

    /** Rows of {@code rows} that {@code other} lacks, counted with multiplicity. */
    private static long count(Connection connection, String rows, String other) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT * FROM " + rows + " EXCEPT ALL SELECT * FROM "
                     + other + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void delete(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
    }
}
