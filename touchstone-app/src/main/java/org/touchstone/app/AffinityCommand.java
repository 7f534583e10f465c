package org.touchstone.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.touchstone.analysis.AffinityMeasure;
import org.touchstone.analysis.AffinityRequest;
import org.touchstone.analysis.AffinityResult;
import org.touchstone.analysis.AffinityScores;
import org.touchstone.analysis.AffinityValue;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "affinity", mixinStandardHelpOptions = true,
        description = {"How alike two countries vote in the UN General Assembly, by year or over all years:",
                "share of identical votes (agree), Signorino-Ritter S, Cohen's kappa (docs/methods/affinity.md).",
                "Counted over the roll calls both countries voted on (yes, abstain or no).",
                "  touchstone affinity USA RUS --by year --measure agree,s,kappa",
                "  touchstone affinity --matrix USA,CHN,RUS,GBR,FRA --year 1990"})
final class AffinityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "0..2", paramLabel = "COUNTRY",
            description = "Two countries: CAMEO/ISO3 code (USA), the data's ISO2 code (US) or COW number (2).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--matrix", paramLabel = "A,B,...", split = ",",
            description = "Every pair of these countries instead of two countries.")
    List<String> matrix;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "year",
            description = "year: one value per year; all: one value over all years asked for (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--year", paramLabel = "YEAR", description = "Only this year.")
    Integer year;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: the first of the data).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: the last of the data).")
    Integer to;

    @Option(names = "--issue", paramLabel = "NAME",
            description = "Only roll calls on this issue, as named in the data (\"Human rights\") or by short name (hr).")
    String issue;

    @Option(names = "--measure", paramLabel = "MEASURE", split = ",", defaultValue = "agree",
            description = "agree, s, kappa, several separated by commas, or all (default: ${DEFAULT-VALUE}).")
    List<String> measures;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        List<String> asked = countriesAsked();
        AffinityRequest request = new AffinityRequest(year != null ? year : from, year != null ? year : to,
                byYear(), issue, measures());
        AffinityResult result;
        try (Store s = store.open()) {
            AffinityScores scores = new AffinityScores(s);
            result = matrix != null ? scores.matrix(asked, request) : scores.pair(asked.get(0), asked.get(1), request);
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException(result.emptyReason());
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, result.values());
            case CSV -> records(result.values()).printCsv(out);
            case TABLE -> {
                if (matrix != null) {
                    printGrids(out, result, request);
                } else {
                    printPair(out, result, request);
                }
                out.flush();
            }
        }
        return 0;
    }

    private List<String> countriesAsked() {
        if (matrix != null) {
            if (!countries.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give two countries or --matrix, not both");
            }
            return matrix;
        }
        if (countries.size() != 2) {
            throw new ParameterException(spec.commandLine(), "give two countries (e.g. USA RUS) or --matrix USA,CHN,RUS");
        }
        return countries;
    }

    private boolean byYear() {
        if (year != null && (from != null || to != null)) {
            throw new ParameterException(spec.commandLine(), "give --year or --from/--to, not both");
        }
        return switch (by.trim().toLowerCase(Locale.ROOT)) {
            case "year" -> true;
            case "all" -> false;
            default -> throw new ParameterException(spec.commandLine(), "unknown --by '" + by + "' (year or all)");
        };
    }

    private List<AffinityMeasure> measures() {
        if (measures.size() == 1 && measures.get(0).trim().equalsIgnoreCase("all")) {
            return List.of(AffinityMeasure.values());
        }
        List<AffinityMeasure> parsed = new ArrayList<>();
        for (String m : measures) {
            AffinityMeasure measure = AffinityMeasure.parse(m);
            if (!parsed.contains(measure)) {
                parsed.add(measure);
            }
        }
        return parsed;
    }

    /** The rows of {@code --csv}: the fields of the JSON records. */
    static TextTable records(List<AffinityValue> values) {
        TextTable t = new TextTable("year", "a", "b", "measure", "value", "votes", "issue");
        values.forEach(v -> t.row(v.year(), v.a(), v.b(), v.measure(), v.value(), v.votes(), v.issue()));
        return t;
    }

    /** One row per year with the votes and a column per measure. */
    private static void printPair(PrintWriter out, AffinityResult result, AffinityRequest request) {
        List<String> labels = result.labels();
        out.println(labels.get(0) + " - " + labels.get(1) + ": UN General Assembly roll calls both voted on"
                + (result.issue() == null ? "" : ", issue " + result.issue())
                + (request.byYear() ? ", by year" : ", all years together"));
        List<String> columns = new ArrayList<>(List.of("year", "votes"));
        request.measures().forEach(m -> columns.add(m.label()));
        TextTable t = new TextTable(columns.toArray(String[]::new));
        Map<Integer, List<AffinityValue>> byYear = new LinkedHashMap<>();
        result.values().forEach(v -> byYear.computeIfAbsent(v.year(), y -> new ArrayList<>()).add(v));
        byYear.forEach((y, values) -> {
            List<Object> row = new ArrayList<>(List.of(y == null ? "all" : y, values.get(0).votes()));
            values.forEach(v -> row.add(v.value()));
            t.row(row.toArray());
        });
        t.printText(out);
    }

    /** Per year (or all years) and measure, a grid of the pairs; the diagonal is left out. */
    private static void printGrids(PrintWriter out, AffinityResult result, AffinityRequest request) {
        List<String> labels = result.labels();
        Map<String, Double> valueOf = new HashMap<>();
        List<Integer> years = new ArrayList<>();
        for (AffinityValue v : result.values()) {
            valueOf.put(key(v.year(), v.measure(), v.a(), v.b()), v.value());
            valueOf.put(key(v.year(), v.measure(), v.b(), v.a()), v.value());
            if (!years.contains(v.year())) {
                years.add(v.year());
            }
        }
        boolean first = true;
        for (Integer y : years) {
            for (AffinityMeasure measure : request.measures()) {
                if (!first) {
                    out.println();
                }
                first = false;
                out.println((y == null ? "All years" : y.toString()) + ", " + measure.label()
                        + (result.issue() == null ? "" : ", issue " + result.issue())
                        + " (blank: no roll call both voted on, or kappa undefined; --json gives the number of roll calls)");
                List<String> columns = new ArrayList<>(List.of(""));
                columns.addAll(labels);
                TextTable t = new TextTable(columns.toArray(String[]::new));
                for (String rowLabel : labels) {
                    List<Object> row = new ArrayList<>(List.of(rowLabel));
                    for (String columnLabel : labels) {
                        row.add(rowLabel.equals(columnLabel) ? "-"
                                : valueOf.get(key(y, measure.label(), rowLabel, columnLabel)));
                    }
                    t.row(row.toArray());
                }
                t.printText(out);
            }
        }
    }

    private static String key(Integer year, String measure, String a, String b) {
        return Objects.toString(year) + "|" + measure + "|" + a + "|" + b;
    }
}
