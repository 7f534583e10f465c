package org.touchstone.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.analysis.Audiences;
import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.DyadPeriod;
import org.touchstone.analysis.DyadSeries;
import org.touchstone.analysis.LikeMindedness;
import org.touchstone.analysis.Partnership;
import org.touchstone.analysis.Period;
import org.touchstone.analysis.Providers;
import org.touchstone.analysis.Restraint;
import org.touchstone.analysis.SayDo;
import org.touchstone.store.Store;

/** The report on a hand-built store: its sections, numbers, evidence, files and bytes. Written once for all tests. */
class ReportWriterTest {
    private static final Pattern CHART = Pattern.compile("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""
            + " id=\"chart-([a-z0-9-]+)\"");

    @TempDir
    static Path dir;
    static Store store;
    static Path index;
    static String html;

    @BeforeAll
    static void write() throws IOException {
        store = HandBuiltStore.create(dir.resolve("hand.duckdb"));
        index = new ReportWriter(store).write(ReportRequest.of(List.of("CHN", "RUS", "USA"), DateRange.ALL),
                dir.resolve("report"));
        html = Files.readString(index);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyQuestionHasItsSectionAndThreeMonthsOfDataGoByMonth() {
        assertThat(index).isEqualTo(dir.resolve("report/index.html"));
        for (String id : List.of("relations", "saydo", "audiences", "restraint", "likeminded", "readings", "affinity",
                "providers", "polarity", "store")) {
            assertThat(html).contains("<section id=\"" + id + "\"");
        }
        assertThat(html).contains("periods: month");
        assertThat(html).contains("The store holds no UN votes").contains("Not part of this report: give --nmc");
        assertThat(charts()).contains("relations-net-cooperation", "saydo-usa-chn", "audiences-chn-usa",
                "restraint-alluded-share", "likeminded-overall", "readings-chn-rus-usa", "readings-chn-usa-rus",
                "readings-rus-usa-chn", "store-top-dyads", "providers-volume");
    }

    @Test
    void providersTablesHoldTheProvidersQuestionsNumbers() {
        Providers.Result r = new Providers(store).run(List.of("CHN", "RUS", "USA"), DateRange.ALL);
        assertThat(r.volume()).isNotEmpty();
        assertThat(html).contains("Coverage overlap of providers over " + r.clusters() + " event clusters")
                .contains(r.blindSpots().size() + " blind spots");
        Providers.Volume first = r.volume().get(0);
        assertThat(html).contains(first.provider());
    }

    @Test
    void relationsTablesHoldTheDyadQuestionsNumbers() {
        for (String[] pair : new String[][] {{"CHN", "RUS"}, {"CHN", "USA"}, {"RUS", "USA"}}) {
            List<DyadPeriod> periods = new DyadSeries(store).run(pair[0], pair[1], DateRange.ALL, Period.MONTH, false);
            List<List<String>> expected = new ArrayList<>();
            for (DyadPeriod p : periods) {
                expected.add(formatted(p.period(), p.events(), p.verbalCooperation(), p.materialCooperation(),
                        p.verbalConflict(), p.materialConflict(), p.goldsteinMean(), p.netCooperation()));
            }
            String name = "relations-" + (pair[0] + "-" + pair[1]).toLowerCase();
            assertThat(body(name)).as(name).isEqualTo(expected);
        }
        // the worked January of USA and CHN: 4 events, net cooperation (1 - 3) / 4
        assertThat(body("relations-chn-usa").get(0)).containsExactly("2020-01", "4", "1", "0", "2", "1", "-2.600",
                "-0.500");
    }

    @Test
    void wordsAgainstDeedsTablesHoldTheSayDoNumbers() {
        SayDo.Result r = new SayDo(store).run("USA", "CHN", DateRange.ALL, Period.MONTH, SayDo.DEFAULT_DAYS);
        List<List<String>> expected = new ArrayList<>();
        for (SayDo.SayDoPeriod p : r.periods()) {
            expected.add(formatted(p.period(), p.verbalMean(), p.materialMean(), p.gap(), p.gapLow(), p.gapHigh(),
                    p.verbalN(), p.materialN()));
        }
        assertThat(body("saydo-usa-chn")).isEqualTo(expected);
        assertThat(body("saydo-usa-chn-follow-through").get(0)).containsExactly(
                "intent (03) then material cooperation (06-08)", String.valueOf(r.followThrough().intents()),
                String.valueOf(r.followThrough().intentsFollowed()), Numbers.format(r.followThrough().intentShare()));
        // the intent of 2 March and the aid that followed it, with their source addresses
        assertThat(html).contains("https://example.org/event/e08").contains("https://example.org/event/e09");
    }

    @Test
    void audienceTablesAndEpisodesQuoteBothStatements() {
        Audiences.Result r = new Audiences(store).run("CHN", "USA", DateRange.ALL, Audiences.DEFAULT_DAYS);
        List<List<String>> expected = new ArrayList<>();
        for (Audiences.AudienceGroup g : r.byAudience()) {
            expected.add(formatted(g.audience(), g.statements(), g.meanStance(), g.positive(), g.negative()));
        }
        assertThat(body("audiences-chn-usa")).isEqualTo(expected).hasSize(2);
        assertThat(r.episodes()).hasSize(1);
        int episode = html.indexOf("<div class=\"episode\">");
        String both = html.substring(episode, html.indexOf("days apart", episode));
        assertThat(both).contains("We value our friendship with the United States.")
                .contains(Html.escape(HandBuiltStore.HOSTILE_QUOTE))
                .contains("document d01").contains("document d02").contains("provider-d02")
                .contains("<a href=\"https://example.org/doc/d02\"");
        assertThat(html).contains("No statements of");
    }

    @Test
    void restraintLikeMindednessAndReadingsHoldTheirQuestionsNumbers() {
        Restraint.Result restraint = new Restraint(store).run("RUS", DateRange.ALL, Period.MONTH);
        List<List<String>> expected = new ArrayList<>();
        for (Restraint.Share r : restraint.periods()) {
            expected.add(formatted(r.period(), r.critical(), r.named(), r.alluded(), r.namedShare(), r.alludedShare()));
        }
        // February: one criticism, alluded; March: six remarks about FRA and DEU, named
        assertThat(body("restraint-rus")).isEqualTo(expected).containsExactly(
                List.of("2020-02", "1", "0", "1", "0.000", "1.000"), List.of("2020-03", "6", "6", "0", "1.000", "0.000"));
        assertThat(html).contains("Certain countries think they rule the world.");

        LikeMindedness.Similarity s = new LikeMindedness(store).run("CHN", "RUS", DateRange.ALL, Period.MONTH,
                Set.of(), LikeMindedness.DEFAULT_MIN_EVIDENCE).overall();
        assertThat(s.thirds()).isEqualTo(3);
        assertThat(body("likeminded-chn-rus").get(0)).isEqualTo(formatted("all", s.thirds(), s.pearson(),
                s.pearsonLow(), s.pearsonHigh(), s.cosine(), s.cosineLow(), s.cosineHigh(), s.signS(), s.signSLow(),
                s.signSHigh()));
        assertThat(body("likeminded-chn-rus-thirds")).extracting(row -> row.get(0)).containsExactly("DEU", "FRA", "GBR");
        assertThat(html).contains("CHN on GBR, remark 1").contains("RUS on FRA, remark 3");

        Partnership.Result p = new Partnership(store).run("CHN", "RUS", "USA", DateRange.ALL, Period.MONTH, Map.of());
        List<List<String>> indicators = body("readings-chn-rus-usa-indicators");
        assertThat(indicators).hasSize(p.indicators().size());
        for (int i = 0; i < indicators.size(); i++) {
            Partnership.Indicator k = p.indicators().get(i);
            assertThat(indicators.get(i).subList(0, 1)).containsExactly(k.name());
            assertThat(indicators.get(i).subList(2, 8)).isEqualTo(formatted(k.value(), k.low(), k.high(), k.trend(),
                    k.n(), k.verdict().name().toLowerCase()));
        }
        assertThat(html).contains(Html.escape(p.summary()));
    }

    @Test
    void everyRowLinksToItsEvidenceAndEveryLinkHasATarget() {
        Matcher links = Pattern.compile("<a href=\"#([^\"]+)\"").matcher(html);
        int count = 0;
        while (links.find()) {
            assertThat(html).as("target of #" + links.group(1)).contains("id=\"" + links.group(1) + "\"");
            count++;
        }
        assertThat(count).isGreaterThan(30);
        assertThat(html).contains("<a href=\"#ev-relations-chn-usa-2020-01\">2020-01</a>");
        int evidence = html.indexOf("<details class=\"evidence\" id=\"ev-relations-chn-usa-2020-01\">");
        assertThat(html.substring(evidence, html.indexOf("</details>", evidence)))
                .contains("USAGOV did (130, -4.400) toward CHNMIL").contains("touchstone event e03")
                .contains("<a href=\"https://example.org/event/e03\"");
    }

    @Test
    void idsAreUnique() {
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        List<String> all = new ArrayList<>();
        while (ids.find()) {
            all.add(ids.group(1));
        }
        assertThat(all).hasSizeGreaterThan(100).doesNotHaveDuplicates();
    }

    @Test
    void textFromTheDataIsEscapedAndOnlyWebAddressesBecomeLinks() {
        assertThat(html).doesNotContain("alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; we &amp; they");
        // the one script is the report's own, allowed by its hash
        assertThat(html.split("<script", -1)).hasSize(2);
        assertThat(html).contains("<script>// Opens the evidence list").contains("script-src 'sha256-");
        assertThat(html).doesNotContain("href=\"javascript:").contains("javascript:alert(1)");
        // nothing is fetched: no src attributes, no external style or script
        assertThat(html).doesNotContain(" src=").doesNotContain("<link rel=\"stylesheet\"")
                .contains("Content-Security-Policy");
    }

    @Test
    void everyChartIsWrittenAsValidSvgAndPngAndEveryTableAsCsv() throws Exception {
        List<String> charts = charts();
        assertThat(charts).isNotEmpty().doesNotHaveDuplicates();
        Path dirCharts = dir.resolve("report/charts");
        for (String name : charts) {
            String svg = Files.readString(dirCharts.resolve(name + ".svg"));
            assertThat(ReportChartTest.withClass(ReportChartTest.parse(svg), "mark")).as(name).isNotEmpty();
            assertThat(html).contains(svg);
            BufferedImage png = ImageIO.read(dirCharts.resolve(name + ".png").toFile());
            assertThat(png).as(name).isNotNull();
            assertThat(png.getWidth()).isEqualTo(ChartPainter.WIDTH * PngChart.SCALE);
        }
        try (Stream<Path> files = Files.list(dirCharts)) {
            assertThat(files.count()).isEqualTo(charts.size() * 2L);
        }
        String csv = Files.readString(dir.resolve("report/tables/relations-chn-usa.csv"));
        assertThat(csv).startsWith("period,events,verbal_cooperation,material_cooperation,verbal_conflict,"
                + "material_conflict,goldstein_mean,net_cooperation\n2020-01,4,1,0,2,1,-2.6,-0.5\n");
        assertThat(Files.readString(dir.resolve("report/tables/audiences-chn-usa.csv"))).contains("domestic,1,-2.0,0,1");
    }

    @Test
    void theSameStoreGivesByteIdenticalFiles() throws IOException {
        Path again = new ReportWriter(store).write(ReportRequest.of(List.of("CHN", "RUS", "USA"), DateRange.ALL),
                dir.resolve("again"));
        List<Path> first = files(dir.resolve("report"));
        List<Path> second = files(again.getParent());
        assertThat(second.stream().map(p -> again.getParent().relativize(p).toString()).toList())
                .isEqualTo(first.stream().map(p -> dir.resolve("report").relativize(p).toString()).toList());
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(first.get(i).toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void rangeAndActorsNarrowTheReportAndStaleChartsAreRemoved() throws IOException {
        Path out = dir.resolve("narrow");
        Files.createDirectories(out.resolve("charts"));
        Files.writeString(out.resolve("charts/old-chart.svg"), "<svg/>");
        Files.writeString(out.resolve("charts/readings-chn-rus-usa.svg"), "<svg/>");
        Files.writeString(out.resolve("notes.txt"), "the analyst's own file");
        new ReportWriter(store).write(new ReportRequest(List.of("usa", "CHN"), new DateRange(
                LocalDate.parse("2020-02-01"), LocalDate.parse("2020-02-29")), Period.WEEK, null), out);
        String narrow = Files.readString(out.resolve("index.html"));
        assertThat(narrow).contains("Touchstone report: USA, CHN").contains("periods: week");
        List<List<String>> weeks = HtmlTables.rows(narrow, "relations-usa-chn");
        // 3 Feb is in week 6, 15 Feb in week 7; January and March are out of range
        assertThat(weeks.subList(1, weeks.size())).extracting(row -> row.get(0)).containsExactly("2020-W06",
                "2020-W07");
        assertThat(out.resolve("charts/old-chart.svg")).doesNotExist();
        assertThat(out.resolve("charts/readings-chn-rus-usa.svg")).as("from an earlier report").doesNotExist();
        assertThat(out.resolve("notes.txt")).as("only charts and tables are cleared").exists();
        assertThat(narrow).contains("The three readings need a third actor as C");
    }

    @Test
    void aStoreOfEventsOnlySaysThereAreNoStatementsYetInsteadOfDrawingEmptyCharts() throws IOException {
        try (Store events = HandBuiltStore.createEventsOnly(dir.resolve("events-only.duckdb"))) {
            Path page = new ReportWriter(events).write(ReportRequest.of(List.of("CHN", "RUS", "USA"), DateRange.ALL),
                    dir.resolve("events-only"));
            String text = Files.readString(page);
            assertThat(text.split("No statements yet", -1)).as("audiences and restraint").hasSize(3);
            assertThat(text).contains("id=\"chart-relations-net-cooperation\"").doesNotContain("id=\"chart-audiences-")
                    .doesNotContain("id=\"chart-restraint-");
        }
    }

    @Test
    void anUnknownActorFailsBeforeAnythingIsWritten() {
        Path out = dir.resolve("nothing");
        assertThatThrownBy(() -> new ReportWriter(store).write(ReportRequest.of(List.of("CHN", "XYZ"), DateRange.ALL),
                out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown actor 'XYZ'");
        assertThat(out).doesNotExist();
        assertThatThrownBy(() -> ReportRequest.of(List.of("CHN", "chn"), DateRange.ALL))
                .hasMessageContaining("named twice");
    }

    private List<String> charts() {
        List<String> names = new ArrayList<>();
        Matcher m = CHART.matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The table's rows without its header. */
    private List<List<String>> body(String name) {
        List<List<String>> rows = HtmlTables.rows(html, name);
        return rows.subList(1, rows.size());
    }

    private static List<String> formatted(Object... values) {
        return Arrays.stream(values).map(Numbers::format).toList();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

}
