package org.touchstone.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.Period;
import org.touchstone.analysis.PolaritySources;
import org.touchstone.app.report.ReportRequest;
import org.touchstone.app.report.ReportWriter;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"One HTML page that answers every question for the actors: relations over time, words",
                "against deeds, audiences, restraint, like-mindedness, the three readings of each partnership,",
                "UN voting affinity and the store's contents; each with its chart, table and the evidence behind",
                "it. Works offline. Also writes every chart as SVG and PNG, every table as CSV (docs/REPORT.md).",
                "  touchstone report --db demo/touchstone-demo.duckdb --out report"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--actors", paramLabel = "A,B,...", split = ",",
            description = "Actors, CAMEO codes or prefixes (default: CHN,RUS,USA).")
    List<String> actors;

    @Option(names = "--from", paramLabel = "DATE", converter = DateOption.class)
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateOption.class)
    LocalDate to;

    @Option(names = "--by", paramLabel = "PERIOD",
            description = "day, week, month or year (default: month when the data spans up to three years, else year).")
    String by;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the report to.")
    Path out;

    @Option(names = "--nmc", paramLabel = "FILE", description = "COW NMC file: with --majors and --mids, adds polarity.")
    Path nmc;

    @Option(names = "--majors", paramLabel = "FILE", description = "COW major powers file, for polarity.")
    Path majors;

    @Option(names = "--mids", paramLabel = "FILE", description = "COW MID disputes file, for polarity.")
    Path mids;

    @Option(names = "--ucdp", paramLabel = "FILE", description = "UCDP/PRIO conflict-years file, for polarity.")
    Path ucdp;

    @Override
    public Integer call() throws IOException {
        ReportRequest request = new ReportRequest(actors == null ? ReportRequest.DEFAULT_ACTORS : actors,
                new DateRange(from, to), by == null ? null : Period.parse(by), polarity());
        if (!Files.isRegularFile(store.db)) {
            throw new IllegalArgumentException("no store at " + store.db + ": build one with 'touchstone ingest'"
                    + " or 'touchstone demo', or give its path with --db");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a directory");
        }
        Path index;
        try (Store s = store.open()) {
            index = new ReportWriter(s).write(request, out);
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(index);
        printer.flush();
        return 0;
    }

    /** The polarity files, or null when none is given; some but not all of the three required is an error. */
    private PolaritySources polarity() {
        List<String> missing = new ArrayList<>();
        if (nmc == null) {
            missing.add("--nmc");
        }
        if (majors == null) {
            missing.add("--majors");
        }
        if (mids == null) {
            missing.add("--mids");
        }
        if (missing.size() == 3 && ucdp == null) {
            return null;
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the polarity section needs --nmc, --majors and --mids;"
                    + " missing: " + String.join(", ", missing));
        }
        return new PolaritySources(nmc, majors, mids, ucdp);
    }
}
