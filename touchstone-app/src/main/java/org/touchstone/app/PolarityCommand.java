package org.touchstone.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.touchstone.app.report.PolarityChart;
import org.touchstone.analysis.PolarityCorrelation;
import org.touchstone.analysis.PolarityCorrelations;
import org.touchstone.analysis.PolarityCoverage;
import org.touchstone.analysis.PolarityOptions;
import org.touchstone.analysis.PolarityRejection;
import org.touchstone.analysis.PolarityResult;
import org.touchstone.analysis.PolarityShare;
import org.touchstone.analysis.PolaritySources;
import org.touchstone.analysis.PolarityStudy;
import org.touchstone.analysis.PolarityYear;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "polarity", mixinStandardHelpOptions = true,
        description = {"Polarity and conflict, year by year: the major powers' capability shares,",
                "their concentration (CON) and effective number of poles, and conflict counts",
                "(MID onsets, wars, UCDP conflicts); how these correlate overall and by era;",
                "and what that says about the claim that multipolarity leads to chaos.",
                "Definitions: docs/methods/polarity.md."})
final class PolarityCommand implements Callable<Integer> {
    /** How many rejected lines are listed on the error stream; --json lists them all. */
    private static final int REJECTIONS_SHOWN = 10;
    private static final int STATEMENT_WIDTH = 100;

    /** What {@code --csv} writes; lower case because the constants are what the user types. */
    enum Rows { years, correlations }

    @Spec
    CommandSpec spec;

    @Option(names = "--nmc", required = true, paramLabel = "FILE",
            description = "COW National Material Capabilities CSV (ccode, year, cinc), e.g. NMC-60-abridged.csv.")
    Path nmc;

    @Option(names = "--majors", required = true, paramLabel = "FILE",
            description = "COW major powers CSV (ccode, styear, endyear), e.g. majors2016.csv.")
    Path majors;

    @Option(names = "--mids", required = true, paramLabel = "FILE",
            description = "COW MID disputes CSV: MID 5 dispute level (dispnum, styear, hostlev) or dyadic MID 4 (disno, strtyr, hihost).")
    Path mids;

    @Option(names = "--ucdp", paramLabel = "FILE",
            description = "UCDP/PRIO armed conflict-years CSV (conflict_id, year); without it no UCDP counts.")
    Path ucdp;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: the NMC file's first).")
    Integer fromYear;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: the NMC file's last).")
    Integer toYear;

    @Option(names = "--block-years", paramLabel = "N", defaultValue = "" + PolarityOptions.DEFAULT_BLOCK_YEARS,
            description = "Years per bootstrap block (default: ${DEFAULT-VALUE}).")
    int blockYears;

    @Option(names = "--replicates", paramLabel = "N", defaultValue = "" + PolarityOptions.DEFAULT_REPLICATES,
            description = "Bootstrap resamples per correlation (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + PolarityOptions.DEFAULT_SEED,
            description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}); the same seed gives the same intervals.")
    long seed;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also write the chart as SVG to this file.")
    Path chart;

    @Option(names = "--rows", paramLabel = "ROWS", defaultValue = "years",
            description = "What --csv writes: years or correlations (default: ${DEFAULT-VALUE}).")
    Rows rows;

    @Mixin
    OutputOptions output;

    /** The parameters as {@code --json} reports them. */
    record Parameters(Integer fromYear, Integer toYear, int blockYears, int replicates, long seed, double confidence,
                      int minYears) {
    }

    /** The JSON document {@code polarity --json} writes (fields in docs/methods/polarity.md). */
    record Document(Parameters parameters, List<PolarityCoverage> coverage, List<PolarityYear> years,
                    List<PolarityCorrelation> correlations, String statement, String chart,
                    List<PolarityRejection> rejected) {
    }

    @Override
    public Integer call() throws IOException {
        PolarityOptions options = new PolarityOptions(fromYear, toYear, blockYears, replicates, seed);
        PolarityResult result = PolarityStudy.run(new PolaritySources(nmc, majors, mids, ucdp), options);
        if (chart != null) {
            Path parent = chart.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(chart, PolarityChart.svg(result.years()), StandardCharsets.UTF_8);
        }
        reportRejections(result.rejected());
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, new Document(new Parameters(fromYear, toYear, blockYears, replicates, seed,
                    0.95, PolarityCorrelations.MIN_YEARS), result.coverage(), result.years(), result.correlations(),
                    result.statement(), chart == null ? null : chart.toString(), result.rejected()));
            case CSV -> (rows == Rows.years ? yearsCsv(result.years()) : correlations(result.correlations())).printCsv(out);
            case TABLE -> printText(out, result);
        }
        return 0;
    }

    private void printText(PrintWriter out, PolarityResult result) {
        out.println("Coverage");
        TextTable coverage = new TextTable("source", "first_year", "last_year", "rows", "rejected", "file");
        for (PolarityCoverage c : result.coverage()) {
            coverage.row(c.source(), c.firstYear(), c.lastYear(), c.rows(), c.rejected(), c.file());
        }
        coverage.printText(out);
        out.println();
        out.println("Polarity and conflict by year (con: 0 equal, 1 all in one; poles: 1 / sum of squared shares)");
        TextTable years = new TextTable("year", "majors", "con", "poles", "states", "mid_onsets", "wars",
                "ucdp_conflicts", "ucdp_onsets");
        for (PolarityYear y : result.years()) {
            years.row(y.year(), y.majors(), y.con(), y.poles(), y.states(), y.midOnsets(), y.wars(), y.ucdpConflicts(),
                    y.ucdpOnsets());
        }
        years.printText(out);
        out.println();
        out.println("Correlations with 95% block-bootstrap intervals (" + blockYears + "-year blocks, " + replicates
                + " resamples, seed " + seed + ")");
        correlations(result.correlations()).printText(out);
        out.println();
        out.println("What this shows");
        for (String line : wrap(result.statement(), STATEMENT_WIDTH)) {
            out.println(line);
        }
        if (chart != null) {
            out.println();
            out.println("Chart written to " + chart);
        }
        out.flush();
    }

    static TextTable yearsCsv(List<PolarityYear> years) {
        TextTable t = new TextTable("year", "majors", "majors_cinc", "con", "poles", "states", "mid_onsets", "wars",
                "ucdp_conflicts", "ucdp_onsets", "shares");
        for (PolarityYear y : years) {
            t.row(y.year(), y.majors(), y.majorsCinc(), y.con(), y.poles(), y.states(), y.midOnsets(), y.wars(),
                    y.ucdpConflicts(), y.ucdpOnsets(), shares(y.shares()));
        }
        return t;
    }

    /** "USA=0.240884;UKG=0.227467": each major's share of the majors' capability, six decimals. */
    static String shares(List<PolarityShare> shares) {
        List<String> parts = new ArrayList<>();
        for (PolarityShare s : shares) {
            parts.add(s.state() + "=" + String.format(Locale.ROOT, "%.6f", s.share()));
        }
        return String.join(";", parts);
    }

    static TextTable correlations(List<PolarityCorrelation> correlations) {
        TextTable t = new TextTable("measure", "conflict", "era", "first_year", "last_year", "n", "pearson",
                "pearson_low", "pearson_high", "spearman", "spearman_low", "spearman_high");
        for (PolarityCorrelation c : correlations) {
            t.row(c.measure(), c.conflict(), c.era(), c.firstYear(), c.lastYear(), c.n(), c.pearson(), c.pearsonLow(),
                    c.pearsonHigh(), c.spearman(), c.spearmanLow(), c.spearmanHigh());
        }
        return t;
    }

    private void reportRejections(List<PolarityRejection> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("touchstone: " + rejected.size() + " input line" + (rejected.size() == 1 ? "" : "s")
                + " rejected and left out:");
        for (PolarityRejection r : rejected.subList(0, Math.min(REJECTIONS_SHOWN, rejected.size()))) {
            err.println("  " + r);
        }
        if (rejected.size() > REJECTIONS_SHOWN) {
            err.println("  ... and " + (rejected.size() - REJECTIONS_SHOWN) + " more (all of them are in --json)");
        }
        err.flush();
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
