package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.touchstone.testing.SharedData;

/**
 * The polarity question on the real COW and UCDP files in ../shared/data, checked year by year
 * against a direct computation from the raw CSV lines in this test.
 */
class PolaritySharedDataTest {
    static final String NMC = "cow/NMC-60-abridged.csv";
    static final String MAJORS = "cow/cow_majors.csv";
    static final String MIDS = "cow/cow_mid5_disps_peacesciencer.csv";
    static final String UCDP = "ucdp/ucdp_acd_peacesciencer.csv";
    static final PolarityOptions OPTIONS = new PolarityOptions(null, null, 5, 300, 1816);

    static PolaritySources sources;
    static PolarityResult result;

    @BeforeAll
    static void run() {
        sources = new PolaritySources(SharedData.file(NMC), SharedData.file(MAJORS), SharedData.file(MIDS),
                SharedData.file(UCDP));
        result = PolarityStudy.run(sources, OPTIONS);
    }

    static PolarityYear year(int year) {
        return result.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    /** Column positions by header name. */
    static Map<String, Integer> header(String line) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = line.split(",", -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i], i);
        }
        return columns;
    }

    /** The majors' CINC values in {@code year}, straight from the two raw files. */
    static List<Double> majorCincs(int year) {
        List<String> majorLines = SharedData.lines(MAJORS);
        Map<String, Integer> m = header(majorLines.get(0));
        Set<String> majors = new HashSet<>();
        for (String line : majorLines.subList(1, majorLines.size())) {
            String[] f = line.split(",", -1);
            if (Integer.parseInt(f[m.get("styear")]) <= year && year <= Integer.parseInt(f[m.get("endyear")])) {
                majors.add(f[m.get("ccode")]);
            }
        }
        List<String> nmcLines = SharedData.lines(NMC);
        Map<String, Integer> n = header(nmcLines.get(0));
        List<Double> cincs = new ArrayList<>();
        for (String line : nmcLines.subList(1, nmcLines.size())) {
            String[] f = line.split(",", -1);
            if (Integer.parseInt(f[n.get("year")]) == year && majors.contains(f[n.get("ccode")])) {
                cincs.add(Double.parseDouble(f[n.get("cinc")]));
            }
        }
        return cincs;
    }

    @Test
    void conAndPolesAgreeWithADirectComputationForSeveralYears() {
        for (int y : new int[] {1816, 1900, 1950, 2000, 2016}) {
            List<Double> cincs = majorCincs(y);
            double total = cincs.stream().mapToDouble(Double::doubleValue).sum();
            double sumSquares = 0;
            for (double c : cincs) {
                sumSquares += (c / total) * (c / total);
            }
            int n = cincs.size();
            PolarityYear year = year(y);
            assertThat(year.majors()).as("majors in %d", y).isEqualTo(n);
            assertThat(year.poles()).as("poles in %d", y).isCloseTo(1 / sumSquares, within(1e-9));
            assertThat(year.con()).as("CON in %d", y)
                    .isCloseTo(Math.sqrt((sumSquares - 1.0 / n) / (1 - 1.0 / n)), within(1e-9));
        }
        // the figures in docs/methods/polarity.md
        assertThat(year(1816).majors()).isEqualTo(5);
        assertThat(year(1816).con()).isCloseTo(0.3296, within(5e-5));
        assertThat(year(1816).poles()).isCloseTo(3.4852, within(5e-5));
        assertThat(year(1900).majors()).isEqualTo(8);
        assertThat(year(1900).con()).isCloseTo(0.2331, within(5e-5));
        assertThat(year(1900).poles()).isCloseTo(5.7956, within(5e-5));
        assertThat(year(2000).majors()).isEqualTo(7);
        assertThat(year(2000).con()).isCloseTo(0.3332, within(5e-5));
        assertThat(year(2000).poles()).isCloseTo(4.2015, within(5e-5));
    }

    @Test
    void conflictCountsAgreeWithADirectCountAndStopWhereTheFilesStop() {
        List<String> mids = SharedData.lines(MIDS);
        Map<String, Integer> m = header(mids.get(0));
        List<String> ucdp = SharedData.lines(UCDP);
        Map<String, Integer> u = header(ucdp.get(0));
        for (int y : new int[] {1816, 1900, 1950, 2000}) {
            int onsets = 0;
            int wars = 0;
            for (String line : mids.subList(1, mids.size())) {
                String[] f = line.split(",", -1);
                if (Integer.parseInt(f[m.get("styear")]) == y) {
                    onsets++;
                    wars += f[m.get("hostlev")].equals("5") ? 1 : 0;
                }
            }
            Set<String> active = new HashSet<>();
            for (String line : ucdp.subList(1, ucdp.size())) {
                String[] f = line.split(",", -1);
                if (Integer.parseInt(f[u.get("year")]) == y) {
                    active.add(f[u.get("conflict_id")]);
                }
            }
            assertThat(year(y).midOnsets()).as("MID onsets in %d", y).isEqualTo(onsets);
            assertThat(year(y).wars()).as("wars in %d", y).isEqualTo(wars);
            assertThat(year(y).ucdpConflicts()).as("UCDP conflicts in %d", y).isEqualTo(y < 1946 ? null : active.size());
        }
        assertThat(year(2014).midOnsets()).isNotNull();
        assertThat(year(2015).midOnsets()).isNull();
        assertThat(year(1946).ucdpOnsets()).isNull();
        assertThat(year(1947).ucdpOnsets()).isNotNull();
        assertThat(result.years()).extracting(PolarityYear::year).startsWith(1816).endsWith(2016).hasSize(201);
        assertThat(result.rejected()).isEmpty();
    }

    @Test
    void coverageSaysWhereEachFileEnds() {
        assertThat(result.coverage()).extracting(PolarityCoverage::source, PolarityCoverage::firstYear,
                PolarityCoverage::lastYear).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nmc", 1816, 2016),
                org.assertj.core.groups.Tuple.tuple("majors", 1816, 2016),
                org.assertj.core.groups.Tuple.tuple("mids", 1816, 2014),
                org.assertj.core.groups.Tuple.tuple("ucdp", 1946, 2024));
    }

    @Test
    void correlationsCoverEveryPairOverallAndByEra() {
        // 2 measures x (2 COW counts x 5 eras + 2 UCDP counts x 3 eras)
        assertThat(result.correlations()).hasSize(2 * (2 * 5 + 2 * 3));
        PolarityCorrelation headline = result.correlations().get(0);
        assertThat(headline.measure()).isEqualTo("poles");
        assertThat(headline.conflict()).isEqualTo("mid_onsets");
        assertThat(headline.n()).isEqualTo(199);
        assertThat(headline.spearmanLow()).isLessThan(headline.spearman());
        assertThat(headline.spearmanHigh()).isGreaterThan(headline.spearman());
    }

    @Test
    void theStatementIsDrawnFromTheFiguresAndHedged() {
        String statement = result.statement();
        assertThat(statement)
                .startsWith("Years with more effective poles saw")
                .contains("As to the claim that multipolarity leads to chaos:")
                .contains("95% CI")
                .contains("not causes")
                .contains("23 in 1816, 195 in 2016")
                .doesNotContain("proves", "clearly shows", "confirms");
    }

    @Test
    void theSameInputGivesTheSameAnswer() {
        PolarityResult again = PolarityStudy.run(sources, OPTIONS);
        assertThat(again).isEqualTo(result);
    }
}
