package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.store.IngestListener;
import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;
import org.touchstone.store.UnVotesLoader;
import org.touchstone.store.UnVotesLoadReport;
import org.touchstone.testing.SharedData;

/**
 * The measures on the real UN votes, against values this test computes itself from the raw CSV
 * files (not through the store): for each roll call of the year where both countries have a
 * row, count identical votes, sum |x_a - x_b| with yes 1, abstain 0.5, no 0, and tally each
 * country's votes for kappa's expected agreement.
 */
class AffinitySharedDataTest {
    static final List<AffinityMeasure> ALL = List.of(AffinityMeasure.AGREE, AffinityMeasure.S, AffinityMeasure.KAPPA);

    @TempDir
    static Path dir;
    static Path data;
    static Store store;
    static AffinityScores scores;
    static UnVotesLoadReport loaded;

    @BeforeAll
    static void load() throws Exception {
        data = SharedData.file("unvotes/un_votes_1946_1969.csv").getParent();
        store = Store.open(dir.resolve("unvotes.duckdb"));
        loaded = new UnVotesLoader(store, IngestListener.SILENT).load(data);
        scores = new AffinityScores(store);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /** agree, S, kappa and n, straight from the CSV files; year null for all years. */
    static double[] direct(String iso2A, String iso2B, Integer year, String issue) throws IOException {
        Set<String> rollCalls = null;
        if (issue != null) {
            rollCalls = new HashSet<>();
            List<String> lines = Files.readAllLines(data.resolve("un_roll_call_issues.csv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                if (f[2].equals(issue)) {
                    rollCalls.add(f[0]);
                }
            }
        }
        Map<String, String> votesA = new HashMap<>();
        Map<String, String> votesB = new HashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(data)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("un_votes_")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1); // rcid,year,country_code,vote: no quotes in these files
                if ((year != null && !f[1].equals(year.toString())) || (rollCalls != null && !rollCalls.contains(f[0]))) {
                    continue;
                }
                if (f[2].equals(iso2A)) {
                    votesA.put(f[0], f[3]);
                } else if (f[2].equals(iso2B)) {
                    votesB.put(f[0], f[3]);
                }
            }
        }
        List<String> scale = List.of("no", "abstain", "yes");
        long n = 0;
        long same = 0;
        double distance = 0;
        long[] countA = new long[3];
        long[] countB = new long[3];
        for (Map.Entry<String, String> a : votesA.entrySet()) {
            String b = votesB.get(a.getKey());
            if (b == null) {
                continue;
            }
            int va = scale.indexOf(a.getValue());
            int vb = scale.indexOf(b);
            n++;
            same += va == vb ? 1 : 0;
            distance += Math.abs(va / 2.0 - vb / 2.0);
            countA[va]++;
            countB[vb]++;
        }
        double observed = (double) same / n;
        double expected = 0;
        for (int k = 0; k < 3; k++) {
            expected += ((double) countA[k] / n) * ((double) countB[k] / n);
        }
        double kappa = expected == 1 ? Double.NaN : (observed - expected) / (1 - expected);
        return new double[] {observed, 1 - 2 * distance / n, kappa, n};
    }

    @Test
    void everyVoteOfTheSharedDataIsLoaded() {
        assertThat(store.count(StoreTable.UN_VOTES)).isEqualTo(870_109);
        assertThat(store.count(StoreTable.UN_ROLL_CALLS)).isEqualTo(6_203);
        assertThat(store.count(StoreTable.UN_ROLL_CALL_ISSUES)).isEqualTo(5_745);
        assertThat(store.count(StoreTable.UN_COUNTRIES)).isEqualTo(200);
        assertThat(loaded.total().rejected()).isZero();
        assertThat(loaded.failed()).isEmpty();
    }

    @ParameterizedTest(name = "{0}-{1} {4}")
    @CsvSource({
            "USA, RUS, US, RU, 1970",
            "USA, GBR, US, GB, 1990",
            "CHN, RUS, CN, RU, 2010",
            "FRA, GBR, FR, GB, 2019",
            "USA, RUS, US, RU, 1985",
            "USA, CHN, US, CN, 2000"})
    void yearValuesMatchADirectComputationFromTheCsvFiles(String a, String b, String iso2A, String iso2B, int year)
            throws Exception {
        double[] expected = direct(iso2A, iso2B, year, null);
        List<AffinityValue> values = scores.pair(a, b, new AffinityRequest(year, year, true, null, ALL)).values();
        assertMatches(values, expected, year);
    }

    @Test
    void allYearsAndAnIssueMatchTooAndTheSovietSeatIsRussias() throws Exception {
        double[] overall = direct("US", "RU", null, null);
        assertMatches(scores.pair("USA", "USR", new AffinityRequest(null, null, false, null, ALL)).values(), overall, null);
        double[] humanRights = direct("US", "RU", 1980, "Human rights");
        assertMatches(scores.pair("USA", "RUS", new AffinityRequest(1980, 1980, true, "Human rights", ALL)).values(),
                humanRights, 1980);
    }

    @Test
    void theMatrixOfThePermanentMembersAgreesWithThePairs() throws Exception {
        List<String> p5 = List.of("USA", "CHN", "RUS", "GBR", "FRA");
        AffinityResult matrix = scores.matrix(p5, new AffinityRequest(1946, 2019, true, null, ALL));
        List<AffinityValue> in1950 = matrix.values().stream().filter(v -> v.year() == 1950).toList();
        assertThat(in1950).as("China's seat was Taiwan's (TWN) until 1971").noneMatch(v -> v.a().equals("CHN") || v.b().equals("CHN"));
        List<AffinityValue> in2019 = matrix.values().stream().filter(v -> v.year() == 2019).toList();
        assertThat(in2019).hasSize(10 * 3);
        List<String> pairs = new ArrayList<>();
        for (AffinityValue v : in2019) {
            if (v.measure().equals("agree")) {
                pairs.add(v.a() + "-" + v.b());
            }
        }
        assertThat(pairs).containsExactly("USA-CHN", "USA-RUS", "USA-GBR", "USA-FRA", "CHN-RUS", "CHN-GBR", "CHN-FRA",
                "RUS-GBR", "RUS-FRA", "GBR-FRA");
        double[] fraGbr = direct("FR", "GB", 2019, null);
        assertMatches(in2019.subList(27, 30), fraGbr, 2019);
    }

    static void assertMatches(List<AffinityValue> values, double[] expected, Integer year) {
        assertThat(expected[3]).as("roll calls both voted on").isGreaterThan(10);
        assertThat(values).hasSize(3);
        assertThat(values).allSatisfy(v -> {
            assertThat(v.year()).isEqualTo(year);
            assertThat(v.votes()).isEqualTo((long) expected[3]);
        });
        assertThat(values.get(0).value()).as("agree").isCloseTo(expected[0], within(1e-12));
        assertThat(values.get(1).value()).as("s").isCloseTo(expected[1], within(1e-12));
        assertThat(values.get(2).value()).as("kappa").isCloseTo(expected[2], within(1e-12));
    }
}
