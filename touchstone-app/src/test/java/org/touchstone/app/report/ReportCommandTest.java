package org.touchstone.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.app.Main;
import org.touchstone.store.IngestListener;
import org.touchstone.store.Store;
import org.touchstone.store.UnVotesLoader;
import org.touchstone.testing.SharedData;

/** {@code touchstone report} as a user runs it: on the demo store, with its errors, with UN votes and COW files. */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static Path demo;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void demoStore() {
        demo = dir.resolve("demo/touchstone-demo.duckdb");
        Run r = run("demo", "--db", demo.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void reportOnTheDemoPrintsThePathOfItsPage() throws IOException {
        Path out = dir.resolve("demo-report");
        Run r = run("report", "--db", demo.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo(out.resolve("index.html").toString());
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("Touchstone report: CHN, RUS, USA").contains("periods: year")
                .contains("store: touchstone-demo.duckdb");
        assertThat(html).contains("id=\"chart-relations-net-cooperation\"").contains("id=\"chart-saydo-usa-chn\"");
        assertThat(out.resolve("charts/relations-net-cooperation.png")).isRegularFile();
        assertThat(out.resolve("charts/relations-net-cooperation.svg")).isRegularFile();
    }

    @Test
    void optionsNarrowTheReport() throws IOException {
        Path out = dir.resolve("narrow");
        Run r = run("report", "--db", demo.toString(), "--out", out.toString(), "--actors", "usa,rus",
                "--from", "2022-01-01", "--to", "2022-12-31");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("Touchstone report: USA, RUS").contains("Dates: 2022-01-01 to 2022-12-31")
                .contains("periods: month").contains("<a href=\"#ev-relations-usa-rus-2022-02\">2022-02</a>");
    }

    @Test
    void badInputGetsAClearError() throws IOException {
        Path out = dir.resolve("bad");
        Run unknown = run("report", "--db", demo.toString(), "--out", out.toString(), "--actors", "CHN,XYZ");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown actor 'XYZ'");
        assertThat(out).doesNotExist();

        Run notCameo = run("report", "--db", demo.toString(), "--out", out.toString(), "--actors", "CHN,1X");
        assertThat(notCameo.err()).contains("'1X' is not a CAMEO actor code");

        Run date = run("report", "--db", demo.toString(), "--out", out.toString(), "--from", "2020-13-01");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("'2020-13-01' is not a date (expected YYYY-MM-DD");

        Run backwards = run("report", "--db", demo.toString(), "--out", out.toString(), "--from", "2021-01-01",
                "--to", "2020-01-01");
        assertThat(backwards.exitCode()).isEqualTo(1);
        assertThat(backwards.err()).contains("the range starts after it ends");

        Run period = run("report", "--db", demo.toString(), "--out", out.toString(), "--by", "fortnight");
        assertThat(period.err()).contains("unknown period 'fortnight'");

        Run noStore = run("report", "--db", dir.resolve("none.duckdb").toString(), "--out", out.toString());
        assertThat(noStore.exitCode()).isEqualTo(1);
        assertThat(noStore.err()).contains("no store at");
        assertThat(dir.resolve("none.duckdb")).as("no empty store is created").doesNotExist();

        Run noOut = run("report", "--db", demo.toString());
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");

        Run somePolarity = run("report", "--db", demo.toString(), "--out", out.toString(), "--nmc", "x.csv");
        assertThat(somePolarity.exitCode()).isEqualTo(2);
        assertThat(somePolarity.err()).contains("missing: --majors, --mids");

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run outIsFile = run("report", "--db", demo.toString(), "--out", file.toString());
        assertThat(outIsFile.err()).contains("is a file, not a directory");
    }

    @Test
    void unVotesInTheStoreAddTheAffinitySection() throws IOException {
        Path db = dir.resolve("votes/votes.duckdb");
        Files.createDirectories(db.getParent());
        Files.copy(demo, db);
        try (Store store = Store.open(db)) {
            new UnVotesLoader(store, IngestListener.SILENT).load(TinyUnVotes.write(dir.resolve("unvotes")));
        }
        Path out = dir.resolve("votes-report");
        Run r = run("report", "--db", db.toString(), "--out", out.toString(), "--actors", "USA,RUS,CHN",
                "--to", "2019-12-31");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("id=\"chart-affinity-agree\"");
        // 1990, USA and RUS: the same vote on 1, 4 and 5 of six: agree 0.5; S = 1 - 2 * 2.5 / 6 = 0.167;
        // kappa = (0.5 - 13/36) / (1 - 13/36) = 0.217
        List<List<String>> rows = HtmlTables.rows(html, "affinity-usa-rus");
        assertThat(rows.get(1)).containsExactly("1990", "6", "0.500", "0.167", "0.217");
    }

    @Test
    void theCowFilesAddThePolaritySection() throws IOException {
        Path out = dir.resolve("polarity-report");
        Run r = run("report", "--db", demo.toString(), "--out", out.toString(),
                "--nmc", SharedData.file("cow/NMC-60-abridged.csv").toString(),
                "--majors", SharedData.file("cow/cow_majors.csv").toString(),
                "--mids", SharedData.file("cow/cow_mid5_disps_peacesciencer.csv").toString(),
                "--ucdp", SharedData.file("ucdp/ucdp_acd_peacesciencer.csv").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("id=\"chart-polarity-poles\"").contains("id=\"chart-polarity-con\"")
                .contains("id=\"chart-polarity-conflict\"").contains("NMC-60-abridged.csv");
        assertThat(HtmlTables.rows(html, "polarity-years").get(1)).startsWith("1816", "5", "0.330", "3.485");
    }
}
