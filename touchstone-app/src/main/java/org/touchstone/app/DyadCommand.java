package org.touchstone.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.DyadPeriod;
import org.touchstone.analysis.DyadSeries;
import org.touchstone.analysis.Period;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = "How two actors relate over time: events by quad class, Goldstein mean and sum, net cooperation.")
final class DyadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "A",
            description = "First actor, a CAMEO code prefix (USA matches USAGOV).")
    String a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "Second actor.")
    String b;

    @Option(names = "--dyads", paramLabel = "A-B,...", split = ",",
            description = "Several dyads side by side instead of A B, e.g. CHN-RUS,USA-CHN,USA-RUS.")
    List<String> dyads;

    @Option(names = "--weight", paramLabel = "WEIGHT", defaultValue = "none",
            description = "none, or mentions: each event counts as often as it was mentioned (GDELT).")
    String weight;

    @Option(names = "--rolling", paramLabel = "N", defaultValue = "0",
            description = "Add rolling means over the last N periods with events (default: none).")
    int rolling;

    @Mixin
    RangeOptions dates;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
            description = "day, week, month or year (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--directed", description = "Only events from A to B (default: both directions).")
    boolean directed;

    @Mixin
    OutputOptions output;

    /** The JSON document {@code dyad A B --json} writes. */
    record Result(String a, String b, boolean directed, String by, String weight, int rolling, LocalDate from,
                  LocalDate to, List<DyadPeriod> periods) {
    }

    /** The JSON document {@code dyad --dyads ... --json} writes. */
    record Results(List<Result> dyads) {
    }

    @Override
    public Integer call() {
        List<String[]> pairs = pairs();
        Period period = Period.parse(by);
        boolean byMentions = switch (weight) {
            case "none" -> false;
            case "mentions" -> true;
            default -> throw new IllegalArgumentException("unknown weight '" + weight + "' (none or mentions)");
        };
        DyadSeries.Options options = new DyadSeries.Options(period, directed, byMentions, rolling);
        DateRange range = dates.range();
        List<Result> results = new ArrayList<>();
        try (Store s = store.open()) {
            DyadSeries series = new DyadSeries(s);
            for (String[] pair : pairs) {
                results.add(new Result(pair[0].toUpperCase(), pair[1].toUpperCase(), directed, period.sqlName(), weight,
                        rolling, dates.from, dates.to, series.run(pair[0], pair[1], range, options)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, dyads == null ? results.get(0) : new Results(results));
            case CSV -> table(results, dyads != null).printCsv(out);
            case TABLE -> {
                for (Result r : results) {
                    if (r.periods().isEmpty()) {
                        out.println("No events between " + r.a() + " and " + r.b() + " in this range.");
                    } else {
                        out.println(r.a() + (directed ? " -> " : " <-> ") + r.b() + ", by " + period.sqlName()
                                + (byMentions ? ", weighted by mentions" : ""));
                        table(List.of(r), false).printText(out);
                    }
                    out.println();
                }
                out.flush();
            }
        }
        return 0;
    }

    private List<String[]> pairs() {
        if (dyads != null && (a != null || b != null)) {
            throw new IllegalArgumentException("give either A B or --dyads, not both");
        }
        if (dyads == null) {
            if (a == null || b == null) {
                throw new IllegalArgumentException("give two actors (A B) or --dyads A-B,...");
            }
            return List.<String[]>of(new String[] {a, b});
        }
        List<String[]> pairs = new ArrayList<>();
        for (String dyad : dyads) {
            String[] pair = dyad.trim().split("-");
            if (pair.length != 2) {
                throw new IllegalArgumentException("'" + dyad + "' is not a dyad: write A-B, e.g. USA-CHN");
            }
            pairs.add(pair);
        }
        return pairs;
    }

    static TextTable table(List<DyadPeriod> periods) {
        return table(List.of(new Result(null, null, false, null, null, 0, null, null, periods)), false);
    }

    private static TextTable table(List<Result> results, boolean withDyad) {
        List<String> columns = new ArrayList<>(List.of("period", "events", "verbal_cooperation",
                "material_cooperation", "verbal_conflict", "material_conflict", "goldstein_mean", "goldstein_sum",
                "net_cooperation"));
        boolean rolled = results.stream().anyMatch(r -> r.rolling() > 0);
        if (rolled) {
            columns.addAll(List.of("goldstein_mean_rolling", "net_cooperation_rolling"));
        }
        if (withDyad) {
            columns.add(0, "dyad");
        }
        TextTable t = new TextTable(columns.toArray(String[]::new));
        for (Result r : results) {
            for (DyadPeriod p : r.periods()) {
                List<Object> row = new ArrayList<>(java.util.Arrays.asList(p.period(), p.events(), p.verbalCooperation(),
                        p.materialCooperation(), p.verbalConflict(), p.materialConflict(), p.goldsteinMean(),
                        p.goldsteinSum(), p.netCooperation()));
                if (rolled) {
                    row.add(p.goldsteinMeanRolling());
                    row.add(p.netCooperationRolling());
                }
                if (withDyad) {
                    row.add(0, r.a() + "-" + r.b());
                }
                t.row(row.toArray());
            }
        }
        return t;
    }
}
