package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.testing.SharedData;

/** {@code polarity} on the shared COW and UCDP files: the output contract, the chart, the errors. */
class PolarityCommandTest {
    @TempDir
    Path dir;

    static String[] args(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("polarity",
                "--nmc", SharedData.file("cow/NMC-60-abridged.csv").toString(),
                "--majors", SharedData.file("cow/cow_majors.csv").toString(),
                "--mids", SharedData.file("cow/cow_mid5_disps_peacesciencer.csv").toString(),
                "--ucdp", SharedData.file("ucdp/ucdp_acd_peacesciencer.csv").toString(),
                "--replicates", "300"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void jsonHasTheYearsTheCorrelationsAndTheStatement() throws Exception {
        Path chart = dir.resolve("charts/polarity.svg");
        Cli result = Cli.run(args("--json", "--chart", chart.toString()));
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        JsonNode years = json.get("years");
        assertThat(years).hasSize(201);
        JsonNode y1816 = years.get(0);
        assertThat(y1816.get("year").asInt()).isEqualTo(1816);
        assertThat(y1816.get("majors").asInt()).isEqualTo(5);
        assertThat(y1816.get("con").asDouble()).isCloseTo(0.3296, within(5e-5));
        assertThat(y1816.get("poles").asDouble()).isCloseTo(3.4852, within(5e-5));
        assertThat(y1816.get("mid_onsets").asInt()).isEqualTo(1);
        assertThat(y1816.get("wars").asInt()).isZero();
        assertThat(y1816.get("ucdp_conflicts").isNull()).isTrue();
        assertThat(y1816.get("shares")).hasSize(5);
        assertThat(y1816.get("shares").get(0).get("state").asText()).isEqualTo("UKG");
        JsonNode y2016 = years.get(200);
        assertThat(y2016.get("mid_onsets").isNull()).isTrue();
        assertThat(y2016.get("ucdp_conflicts").asInt()).isPositive();

        JsonNode first = json.get("correlations").get(0);
        assertThat(first.get("measure").asText()).isEqualTo("poles");
        assertThat(first.get("conflict").asText()).isEqualTo("mid_onsets");
        assertThat(first.get("era").asText()).isEqualTo("all");
        assertThat(first.get("n").asInt()).isEqualTo(199);
        assertThat(first.has("spearman_low")).isTrue();
        assertThat(json.get("parameters").get("block_years").asInt()).isEqualTo(5);
        assertThat(json.get("parameters").get("seed").asLong()).isEqualTo(1816);
        assertThat(json.get("statement").asText()).contains("multipolarity leads to chaos");
        assertThat(json.get("chart").asText()).isEqualTo(chart.toString());
        assertThat(json.get("rejected")).isEmpty();

        assertThat(chart).exists();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(chart.toFile());
        assertThat(Files.readString(chart)).contains("MID onsets").contains("UCDP active conflicts");
    }

    @Test
    void csvWritesOneRowPerYearOrOnePerCorrelation() {
        Cli years = Cli.run(args("--csv"));
        List<String> lines = years.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("year,majors,majors_cinc,con,poles,states,mid_onsets,wars,ucdp_conflicts,"
                + "ucdp_onsets,shares");
        assertThat(lines).hasSize(202);
        assertThat(lines.get(1)).startsWith("1816,5,").endsWith(",23,1,0,,,UKG=0.444980;FRN=0.155041;GMY=0.069030;"
                + "AUH=0.113753;RUS=0.217195");
        Cli correlations = Cli.run(args("--csv", "--rows", "correlations"));
        assertThat(correlations.out().lines().findFirst().orElseThrow()).isEqualTo("measure,conflict,era,first_year,"
                + "last_year,n,pearson,pearson_low,pearson_high,spearman,spearman_low,spearman_high");
        assertThat(correlations.out().lines().skip(1).findFirst().orElseThrow()).startsWith("poles,mid_onsets,all,1816,2014,199,");
    }

    @Test
    void theTableEndsWithThePlainWordsStatement() {
        Cli result = Cli.run(args());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Coverage").contains("What this shows")
                .contains("As to the claim that multipolarity leads to chaos");
    }

    @Test
    void theSameRunGivesByteIdenticalOutput() {
        Cli first = Cli.run(args("--json"));
        Cli second = Cli.run(args("--json"));
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void badInputGetsAClearMessage() throws Exception {
        Cli missingOption = Cli.run("polarity", "--nmc", "x.csv");
        assertThat(missingOption.exitCode()).isEqualTo(2);
        assertThat(missingOption.err()).contains("Missing required options");

        Path nowhere = dir.resolve("nowhere.csv");
        Cli missingFile = Cli.run("polarity", "--nmc", nowhere.toString(),
                "--majors", SharedData.file("cow/cow_majors.csv").toString(),
                "--mids", SharedData.file("cow/cow_mid5_disps_peacesciencer.csv").toString());
        assertThat(missingFile.exitCode()).isEqualTo(1);
        assertThat(missingFile.err()).contains("cannot read the NMC file " + nowhere + ": no such file");

        Cli swapped = Cli.run("polarity", "--nmc", SharedData.file("cow/cow_majors.csv").toString(),
                "--majors", SharedData.file("cow/cow_majors.csv").toString(),
                "--mids", SharedData.file("cow/cow_mid5_disps_peacesciencer.csv").toString());
        assertThat(swapped.exitCode()).isEqualTo(1);
        assertThat(swapped.err()).contains("the header lacks the column 'year'");

        Path badMids = Files.writeString(dir.resolve("mids.csv"), "dispnum,styear,hostlev\n1,1816,4\n2,1817,x\n");
        Cli rejected = Cli.run("polarity", "--nmc", SharedData.file("cow/NMC-60-abridged.csv").toString(),
                "--majors", SharedData.file("cow/cow_majors.csv").toString(), "--mids", badMids.toString(),
                "--replicates", "100", "--json");
        assertThat(rejected.exitCode()).isZero();
        assertThat(rejected.err()).contains("1 input line rejected").contains(badMids + ":3: non-numeric hostlev 'x'");
        assertThat(rejected.json().get("rejected").get(0).get("line").asInt()).isEqualTo(3);

        Cli badRange = Cli.run(args("--from", "2000", "--to", "1900"));
        assertThat(badRange.exitCode()).isEqualTo(1);
        assertThat(badRange.err()).contains("starts after it ends");
    }
}
