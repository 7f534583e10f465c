package org.touchstone.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.touchstone.analysis.Period;
import org.touchstone.analysis.Restraint;
import org.touchstone.analysis.StoreStats;
import org.touchstone.store.Store;

/**
 * The report: asks every question of the store for the chosen actors and range, and writes one
 * self-contained page with a chart, a table and the evidence for each, plus every chart as SVG and
 * PNG and every table as CSV:
 *
 * <pre>
 * DIR/index.html          the report (opens offline: no script, nothing fetched)
 * DIR/charts/NAME.svg     each chart, for papers and slides
 * DIR/charts/NAME.png     each chart as a 1520-pixel-wide PNG
 * DIR/tables/NAME.csv     each table, full precision
 * </pre>
 *
 * The same store and request give the same bytes in every file.
 */
public final class ReportWriter {
    /** Up to this many days of data the time series go by month, beyond it by year. */
    static final long MONTHLY_UP_TO_DAYS = 3 * 366;

    private final Store store;

    public ReportWriter(Store store) {
        this.store = store;
    }

    /** Asks the questions and assembles the sections; checks every actor before anything else. */
    public Report build(ReportRequest request) {
        StoreStats.Summary summary = new StoreStats(store).run(10);
        Period by = request.by() != null ? request.by() : periodFor(request, summary);
        ReportContext c = new ReportContext(store, request, by, new EvidenceQueries(store));
        // the restraint question names an unknown actor in its error: run it first, before the rest
        Map<String, Restraint.Result> restraint = RestraintSection.results(c);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(RelationsSection.build(c));
        sections.add(SayDoSection.build(c));
        sections.add(AudienceSection.build(c));
        sections.add(RestraintSection.build(c, restraint));
        sections.add(LikeMindednessSection.build(c));
        sections.add(PartnershipSection.build(c));
        sections.add(AffinitySection.build(c));
        sections.add(ProvidersSection.build(c));
        sections.add(PolaritySection.build(c));
        sections.add(StoreSection.build(c, summary));
        Path name = store.path().getFileName();
        return new Report(request, by, name == null ? store.path().toString() : name.toString(), sections);
    }

    /** Builds the report and writes it to {@code dir}; returns the path of index.html. */
    public Path write(ReportRequest request, Path dir) throws IOException {
        return write(build(request), dir);
    }

    /**
     * Writes a built report. Charts and tables of an earlier report in the same directory that this
     * one does not have are removed, so the directory holds one report.
     */
    public static Path write(Report report, Path dir) throws IOException {
        Path charts = Files.createDirectories(dir.resolve("charts"));
        Path tables = Files.createDirectories(dir.resolve("tables"));
        Set<String> written = new HashSet<>();
        for (Chart chart : report.charts()) {
            if (!written.add(chart.name())) {
                throw new IllegalStateException("two charts are named " + chart.name());
            }
            Files.writeString(charts.resolve(chart.name() + ".svg"), SvgChart.render(chart), StandardCharsets.UTF_8);
            Files.write(charts.resolve(chart.name() + ".png"), PngChart.render(chart));
        }
        removeOthers(charts, written, ".svg", ".png");
        Set<String> tableNames = new HashSet<>();
        for (ReportBlock.Table table : report.tables()) {
            if (!tableNames.add(table.name())) {
                throw new IllegalStateException("two tables are named " + table.name());
            }
            Files.writeString(tables.resolve(table.name() + ".csv"), CsvTable.write(table), StandardCharsets.UTF_8);
        }
        removeOthers(tables, tableNames, ".csv");
        Path index = dir.resolve("index.html");
        Files.writeString(index, HtmlPage.render(report), StandardCharsets.UTF_8);
        return index;
    }

    /** Months when the data in range spans up to three years, years beyond. */
    static Period periodFor(ReportRequest request, StoreStats.Summary summary) {
        LocalDate first = later(summary.firstDate(), request.range().from());
        LocalDate last = earlier(summary.lastDate(), request.range().to());
        if (first == null || last == null || first.isAfter(last)) {
            return Period.YEAR;
        }
        return ChronoUnit.DAYS.between(first, last) <= MONTHLY_UP_TO_DAYS ? Period.MONTH : Period.YEAR;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static void removeOthers(Path dir, Set<String> keep, String... extensions) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                for (String extension : extensions) {
                    if (name.endsWith(extension) && !keep.contains(name.substring(0, name.length() - extension.length()))) {
                        Files.delete(file);
                    }
                }
            }
        }
    }
}
