package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unvotes ingest} and {@code affinity}: the output contract on a hand-worked example. */
class AffinityCommandTest {
    @TempDir
    Path dir;
    String db;
    Path data;

    /** US and RU on six roll calls in 1990 (agree 1/2, S 1/6, kappa 5/23) and two in 1991; GB as the US. */
    @BeforeEach
    void writeData() throws Exception {
        db = dir.resolve("t.duckdb").toString();
        data = Files.createDirectories(dir.resolve("unvotes"));
        Files.writeString(data.resolve("un_countries.csv"), "country_code,country\nUS,United States\nRU,Russia\nGB,United Kingdom\n");
        Files.writeString(data.resolve("un_roll_calls.csv"), "rcid,date\n1,1990-10-01\n2,1990-10-02\n");
        Files.writeString(data.resolve("un_roll_call_issues.csv"), "rcid,short_name,issue\n2,hr,Human rights\n3,hr,Human rights\n");
        StringBuilder votes = new StringBuilder("rcid,year,country_code,vote\n");
        String[][] usRu = {{"yes", "yes"}, {"yes", "no"}, {"no", "abstain"}, {"abstain", "abstain"}, {"yes", "yes"}, {"no", "yes"}};
        for (int i = 0; i < usRu.length; i++) {
            votes.append(i + 1).append(",1990,US,").append(usRu[i][0]).append('\n');
            votes.append(i + 1).append(",1990,RU,").append(usRu[i][1]).append('\n');
            votes.append(i + 1).append(",1990,GB,").append(usRu[i][0]).append('\n');
        }
        votes.append("8,1991,US,yes\n8,1991,RU,yes\n9,1991,US,yes\n9,1991,RU,yes\n9,1991,RU,perhaps\n");
        Files.writeString(data.resolve("un_votes_1990_1991.csv"), votes.toString());
    }

    Cli ingest(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("unvotes", "ingest", "--db", db, data.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void ingestTwiceAddsNothingTheSecondTimeAndReportsRejections() {
        Cli first = ingest("--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode summary = first.json();
        assertThat(summary.get("files")).hasSize(4);
        assertThat(summary.get("stored").asLong()).isEqualTo(3 + 2 + 2 + 22);
        assertThat(summary.get("rejected").asLong()).isEqualTo(1);
        assertThat(first.err()).contains("ingesting ").contains("un_votes_1990_1991.csv");

        Cli second = ingest();
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Loaded 4 UN votes file(s)").contains("0 stored");
        assertThat(second.err()).contains("already ingested");

        Cli csv = ingest("--csv");
        assertThat(csv.out().lines().findFirst()).contains("file,dataset,format,already_ingested,read,stored,duplicate,rejected");
    }

    @Test
    void rejectedLinesAreShownWithFileLineAndReason() {
        Cli result = ingest();
        assertThat(result.err()).contains("un_votes_1990_1991.csv:24: unknown vote 'perhaps' (expected yes, abstain or no)");
    }

    @Test
    void pairJsonIsAListOfRecordsWithTheContractFields() {
        ingest();
        Cli result = Cli.run("affinity", "USA", "RUS", "--by", "year", "--measure", "agree,s,kappa", "--db", db, "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode records = result.json();
        assertThat(records.isArray()).isTrue();
        assertThat(records).hasSize(6);
        JsonNode first = records.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("year", "a", "b", "measure", "value", "votes", "issue");
        assertThat(first.get("year").asInt()).isEqualTo(1990);
        assertThat(first.get("a").asText()).isEqualTo("USA");
        assertThat(first.get("b").asText()).isEqualTo("RUS");
        assertThat(first.get("measure").asText()).isEqualTo("agree");
        assertThat(first.get("value").asDouble()).isEqualTo(0.5);
        assertThat(first.get("votes").asLong()).isEqualTo(6);
        assertThat(first.get("issue").isNull()).isTrue();
        assertThat(records.get(1).get("value").asDouble()).isCloseTo(1.0 / 6, within(1e-15));
        assertThat(records.get(2).get("value").asDouble()).isCloseTo(5.0 / 23, within(1e-15));
        assertThat(records.get(5).get("year").asInt()).isEqualTo(1991);
        assertThat(records.get(5).get("value").isNull()).as("kappa undefined: both always yes").isTrue();
    }

    @Test
    void csvHasTheJsonFieldsAsHeaderAndEmptyForAbsentValues() {
        ingest();
        Cli result = Cli.run("affinity", "US", "RU", "--measure", "kappa", "--db", db, "--csv");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(
                "year,a,b,measure,value,votes,issue",
                "1990,USA,RUS,kappa," + (5.0 / 23) + ",6,",
                "1991,USA,RUS,kappa,,2,");
    }

    @Test
    void allYearsAndIssueAndTheTable() {
        ingest();
        Cli all = Cli.run("affinity", "USA", "RUS", "--by", "all", "--measure", "agree", "--db", db, "--json");
        assertThat(all.json().get(0).get("year").isNull()).isTrue();
        assertThat(all.json().get(0).get("value").asDouble()).isEqualTo(5.0 / 8);

        Cli issue = Cli.run("affinity", "USA", "RUS", "--issue", "hr", "--measure", "s", "--db", db, "--json");
        assertThat(issue.json().get(0).get("issue").asText()).isEqualTo("Human rights");
        assertThat(issue.json().get(0).get("value").asDouble()).isEqualTo(-0.5);

        Cli table = Cli.run("affinity", "USA", "RUS", "--measure", "all", "--db", db);
        assertThat(table.out()).contains("USA - RUS").contains("year  votes  agree  s      kappa")
                .contains("1990      6  0.500  0.167  0.217");
    }

    @Test
    void theMatrixGivesEveryPairAndAGridPerYearAndMeasure() {
        ingest();
        Cli json = Cli.run("affinity", "--matrix", "USA,GBR,RUS", "--year", "1990", "--db", db, "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.json()).extracting(r -> r.get("a").asText() + "-" + r.get("b").asText())
                .containsExactly("USA-GBR", "USA-RUS", "GBR-RUS");
        Cli table = Cli.run("affinity", "--matrix", "USA,GBR,RUS", "--year", "1990", "--db", db);
        assertThat(table.out()).contains("1990, agree").contains("USA  -      1.000  0.500");
    }

    @Test
    void errorsAreClear() {
        ingest();
        Cli unknown = Cli.run("affinity", "USA", "XYZ", "--db", db);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown country 'XYZ'").contains("Codes in the store: GBR, RUS, USA");
        Cli year = Cli.run("affinity", "USA", "RUS", "--year", "1930", "--db", db);
        assertThat(year.err()).contains("year 1930 is outside the UN votes in the store (1990-1991)");
        Cli empty = Cli.run("affinity", "GBR", "RUS", "--year", "1991", "--db", db);
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.err()).contains("no roll call that both GBR and RUS voted on in 1991");
        Cli usage = Cli.run("affinity", "USA", "--db", db);
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("give two countries");
        Cli noVotes = Cli.run("affinity", "USA", "RUS", "--db", dir.resolve("other.duckdb").toString());
        assertThat(noVotes.err()).contains("holds no UN votes").contains("touchstone unvotes ingest DIR");
    }

    @Test
    void countriesListTheirCodes() {
        ingest();
        Cli csv = Cli.run("unvotes", "countries", "--db", db, "--csv");
        assertThat(csv.out().lines().toList()).containsExactly(
                "country_code,country,cameo_code,iso3,cow,votes,first_year,last_year",
                "GB,United Kingdom,GBR,GBR,200,6,1990,1990",
                "RU,Russia,RUS,RUS,365,8,1990,1991",
                "US,United States,USA,USA,2,8,1990,1991");
        JsonNode json = Cli.run("unvotes", "countries", "--db", db, "--json").json();
        assertThat(json.get(0).fieldNames()).toIterable().containsExactly("country_code", "country", "cameo_code", "iso3",
                "cow", "votes", "first_year", "last_year");
    }
}
