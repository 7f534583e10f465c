package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.testing.SharedData;

/** {@code dyad} and {@code stats} output, checked against a direct computation over the raw file. */
class DyadCommandTest {
    @TempDir
    Path dir;

    /** Per day: [events, q1, q2, q3, q4, goldstein sum], computed straight from GDELT's columns. */
    static Map<String, double[]> directDyad(List<String> lines, String a, String b) {
        Map<String, double[]> days = new TreeMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String source = f[5];
            String target = f[15];
            boolean matches = (source.startsWith(a) && target.startsWith(b)) || (source.startsWith(b) && target.startsWith(a));
            if (!matches) {
                continue;
            }
            String day = f[1].substring(0, 4) + "-" + f[1].substring(4, 6) + "-" + f[1].substring(6, 8);
            double[] d = days.computeIfAbsent(day, k -> new double[6]);
            d[0]++;
            d[Integer.parseInt(f[29])]++;
            d[5] += Double.parseDouble(f[30]);
        }
        return days;
    }

    @Test
    void dyadJsonAgreesWithADirectComputationOverTheSharedGdeltFile() throws Exception {
        Path gdelt2 = SharedData.file(SharedData.GDELT2_EXPORT);
        String db = dir.resolve("t.duckdb").toString();
        assertThat(Cli.run("ingest", "--db", db, gdelt2.toString()).exitCode()).isZero();

        Map<String, double[]> expected = directDyad(Files.readAllLines(gdelt2), "USA", "CHN");
        assertThat(expected).isNotEmpty();

        Cli result = Cli.run("dyad", "USA", "CHN", "--db", db, "--by", "day", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("a").asText()).isEqualTo("USA");
        assertThat(json.get("directed").asBoolean()).isFalse();
        JsonNode periods = json.get("periods");
        assertThat(periods).hasSize(expected.size());
        int i = 0;
        for (Map.Entry<String, double[]> day : expected.entrySet()) {
            JsonNode p = periods.get(i++);
            double[] d = day.getValue();
            assertThat(p.get("period").asText()).isEqualTo(day.getKey());
            assertThat(p.get("period_start").asText()).isEqualTo(day.getKey());
            assertThat(p.get("events").asLong()).isEqualTo((long) d[0]);
            assertThat(p.get("verbal_cooperation").asLong()).isEqualTo((long) d[1]);
            assertThat(p.get("material_cooperation").asLong()).isEqualTo((long) d[2]);
            assertThat(p.get("verbal_conflict").asLong()).isEqualTo((long) d[3]);
            assertThat(p.get("material_conflict").asLong()).isEqualTo((long) d[4]);
            assertThat(p.get("goldstein_sum").asDouble()).isCloseTo(d[5], within(1e-9));
            assertThat(p.get("goldstein_mean").asDouble()).isCloseTo(d[5] / d[0], within(1e-9));
            assertThat(p.get("net_cooperation").asDouble()).isCloseTo((d[1] + d[2] - d[3] - d[4]) / d[0], within(1e-12));
        }
    }

    @Test
    void dyadCsvHasAHeaderAndOneRowPerPeriod() throws Exception {
        String db = dir.resolve("t.duckdb").toString();
        Cli.run("ingest", "--db", db, SharedData.file(SharedData.GDELT2_EXPORT).toString());
        Cli result = Cli.run("dyad", "USA", "CHN", "--db", db, "--by", "year", "--csv");
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("period,events,verbal_cooperation,material_cooperation,verbal_conflict,"
                + "material_conflict,goldstein_mean,goldstein_sum,net_cooperation");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("2019,8,");
    }

    @Test
    void statsJsonListsDatasetsRangeAndTopDyads() throws Exception {
        String db = dir.resolve("t.duckdb").toString();
        Cli.run("ingest", "--db", db, SharedData.file(SharedData.GDELT2_EXPORT).toString(),
                SharedData.file(SharedData.ICEWS_SAMPLE).toString());
        Cli result = Cli.run("stats", "--db", db, "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("tables").get("events").asLong()).isEqualTo(2_111 + 3_705);
        assertThat(json.get("datasets")).extracting(d -> d.get("dataset").asText()).containsExactly("gdelt2", "icews");
        assertThat(json.get("datasets").get(0).get("events").asLong()).isEqualTo(2_111);
        assertThat(json.get("first_date").asText()).isEqualTo("2018-06-01");
        assertThat(json.get("last_date").asText()).isEqualTo("2019-10-24");
        JsonNode top = json.get("top_dyads");
        assertThat(top).hasSizeLessThanOrEqualTo(10).isNotEmpty();
        assertThat(top.get(0).get("events").asLong()).isGreaterThanOrEqualTo(top.get(top.size() - 1).get("events").asLong());
    }

    @Test
    void severalDyadsSideBySideWithRollingMeans() {
        String db = dir.resolve("demo.duckdb").toString();
        assertThat(Cli.run("demo", "--db", db).exitCode()).isZero();
        Cli result = Cli.run("dyad", "--dyads", "CHN-RUS,USA-CHN,USA-RUS", "--by", "year", "--rolling", "2",
                "--db", db, "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode dyads = result.json().get("dyads");
        assertThat(dyads).extracting(d -> d.get("a").asText() + "-" + d.get("b").asText())
                .containsExactly("CHN-RUS", "USA-CHN", "USA-RUS");
        JsonNode usaChn = dyads.get(1).get("periods");
        double first = usaChn.get(0).get("net_cooperation").asDouble();
        double second = usaChn.get(1).get("net_cooperation").asDouble();
        assertThat(usaChn.get(1).get("net_cooperation_rolling").asDouble()).isCloseTo((first + second) / 2, within(1e-12));

        Cli csv = Cli.run("dyad", "--dyads", "CHN-RUS,USA-CHN", "--db", db, "--by", "year", "--csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("dyad,period,events,");
        assertThat(csv.out()).contains("\nUSA-CHN,2019,");
        assertThat(Cli.run("dyad", "USA", "--db", db).err()).contains("give two actors");
        assertThat(Cli.run("dyad", "--dyads", "USA", "--db", db).err()).contains("is not a dyad");
    }

    @Test
    void badInputGetsAClearMessageAndNonZeroExit() {
        String db = dir.resolve("t.duckdb").toString();
        Cli badDate = Cli.run("dyad", "USA", "CHN", "--db", db, "--from", "2019-13-01");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("not a date");
        Cli reversed = Cli.run("dyad", "USA", "CHN", "--db", db, "--from", "2020-01-01", "--to", "2019-01-01");
        assertThat(reversed.exitCode()).isEqualTo(1);
        assertThat(reversed.err()).contains("starts after it ends");
        Cli badActor = Cli.run("dyad", "U;S", "CHN", "--db", db);
        assertThat(badActor.err()).contains("not a CAMEO actor code");
    }

    @Test
    void aMemoryLimitForDuckDbLeavesTheAnswersAsTheyAreAndOneItCannotReadIsRefusedClearly() throws Exception {
        String db = dir.resolve("t.duckdb").toString();
        assertThat(Cli.run("ingest", "--db", db, SharedData.file(SharedData.GDELT2_EXPORT).toString()).exitCode()).isZero();
        Cli unlimited = Cli.run("dyad", "USA", "CHN", "--db", db, "--by", "day", "--json");
        Cli limited = Cli.run("dyad", "USA", "CHN", "--db", db, "--db-memory", "200MB", "--by", "day", "--json");
        assertThat(limited.exitCode()).as(limited.err()).isZero();
        assertThat(limited.out()).isEqualTo(unlimited.out());

        Cli refused = Cli.run("stats", "--db", db, "--db-memory", "lots");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot open store " + db + ": ").contains("memory_limit").doesNotContain("\tat ");
    }
}
