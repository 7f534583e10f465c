package org.touchstone.app.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.touchstone.analysis.PolarityCorrelation;
import org.touchstone.analysis.PolarityCoverage;
import org.touchstone.analysis.PolarityOptions;
import org.touchstone.analysis.PolarityResult;
import org.touchstone.analysis.PolarityStudy;
import org.touchstone.analysis.PolarityYear;

/**
 * Polarity and conflict, when the report is given the COW files: the system-wide question
 * ("multipolarity means chaos"), over all the years the files hold, whatever the report's range.
 */
final class PolaritySection {
    static final String ID = "polarity";

    private PolaritySection() {
    }

    static ReportSection build(ReportContext c) {
        String lead = "Does multipolarity mean chaos? Per year, the major powers' effective number of poles and their"
                + " concentration of capabilities (CON), against the number of militarized disputes, wars and armed"
                + " conflicts; and how they correlate, overall and by era, with 95% block-bootstrap intervals. Over"
                + " all the years of the files given, whatever this report's range. Question: touchstone polarity.";
        List<ReportBlock> blocks = new ArrayList<>();
        if (c.request().polarity() == null) {
            blocks.add(new ReportBlock.Note("Not part of this report: give --nmc, --majors and --mids (and optionally"
                    + " --ucdp), the Correlates of War and UCDP files, to add it."));
            return new ReportSection(ID, "Polarity and conflict", lead, blocks);
        }
        PolarityResult r = PolarityStudy.run(c.request().polarity(), PolarityOptions.defaults());
        List<String> years = r.years().stream().map(y -> String.valueOf(y.year())).toList();
        blocks.add(new ReportBlock.Paragraph(r.statement()));
        blocks.add(new ReportBlock.Figure(Chart.line(ID + "-poles", "Effective number of poles", years)
                .axes("year", "effective poles")
                .description("Per year, 1 / the sum of the squared capability shares of the major powers.")
                .series(ChartSeries.of("effective poles", values(r, PolarityYear::poles)))
                .build(), "1: one power holds all the majors' capability; higher: more, and more equal, poles."));
        blocks.add(new ReportBlock.Figure(Chart.line(ID + "-con", "Concentration of capabilities (CON)", years)
                .axes("year", "CON")
                .description("Per year, the Ray-Singer concentration of the major powers' capabilities, 0 to 1.")
                .series(ChartSeries.of("CON", values(r, PolarityYear::con)))
                .build(), "0: the majors are equal; 1: all capability in one."));
        Chart.Builder conflict = Chart.line(ID + "-conflict", "Conflict per year", years)
                .axes("year", "count")
                .counts()
                .description("Per year, the militarized interstate disputes that began, those that reached war,"
                        + " and (with UCDP) the armed conflicts active and begun.")
                .series(ChartSeries.of("MID onsets", values(r, PolarityYear::midOnsets)))
                .series(ChartSeries.of("wars", values(r, PolarityYear::wars)));
        if (r.years().stream().anyMatch(y -> y.ucdpConflicts() != null)) {
            conflict.series(ChartSeries.of("UCDP conflicts", values(r, PolarityYear::ucdpConflicts)))
                    .series(ChartSeries.of("UCDP onsets", values(r, PolarityYear::ucdpOnsets)));
        }
        blocks.add(new ReportBlock.Figure(conflict.build(), "Counts per year; a gap is a year the file does not cover."));
        List<ReportBlock.Row> correlations = new ArrayList<>();
        for (PolarityCorrelation k : r.correlations()) {
            correlations.add(ReportBlock.Row.of(k.measure(), k.conflict(), k.era(), k.firstYear(), k.lastYear(), k.n(),
                    k.pearson(), k.pearsonLow(), k.pearsonHigh(), k.spearman(), k.spearmanLow(), k.spearmanHigh()));
        }
        blocks.add(new ReportBlock.Table(ID + "-correlations", "Correlations of polarity and conflict, with 95%"
                + " block-bootstrap intervals", List.of("measure", "conflict", "era", "first_year", "last_year", "n",
                "pearson", "pearson_low", "pearson_high", "spearman", "spearman_low", "spearman_high"), correlations));
        List<ReportBlock.Row> yearRows = new ArrayList<>();
        for (PolarityYear y : r.years()) {
            yearRows.add(ReportBlock.Row.of(y.year(), y.majors(), y.con(), y.poles(), y.states(), y.midOnsets(),
                    y.wars(), y.ucdpConflicts(), y.ucdpOnsets()));
        }
        blocks.add(new ReportBlock.Table(ID + "-years", "Polarity and conflict by year", List.of("year", "majors",
                "con", "poles", "states", "mid_onsets", "wars", "ucdp_conflicts", "ucdp_onsets"), yearRows));
        List<ReportBlock.Row> coverage = new ArrayList<>();
        for (PolarityCoverage k : r.coverage()) {
            coverage.add(ReportBlock.Row.of(k.source(), k.file() == null ? null : fileName(k.file()), k.firstYear(),
                    k.lastYear(), k.rows(), k.rejected()));
        }
        blocks.add(new ReportBlock.Table(ID + "-coverage", "The files the numbers rest on", List.of("source", "file",
                "first_year", "last_year", "rows", "rejected"), coverage));
        return new ReportSection(ID, "Polarity and conflict", lead, blocks);
    }

    /** The file's name without its directory: the report does not depend on where the files were. */
    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }

    private static List<Double> values(PolarityResult r, Function<PolarityYear, ? extends Number> value) {
        List<Double> values = new ArrayList<>();
        for (PolarityYear y : r.years()) {
            Number v = value.apply(y);
            values.add(v == null ? null : v.doubleValue());
        }
        return values;
    }
}
