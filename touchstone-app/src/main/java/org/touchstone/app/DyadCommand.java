package org.touchstone.app;

import java.io.PrintWriter;
import java.time.LocalDate;
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

    @Parameters(index = "0", paramLabel = "A", description = "First actor, a CAMEO code prefix (USA matches USAGOV).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Second actor.")
    String b;

    @Option(names = "--from", paramLabel = "DATE", converter = DateOption.class, description = "First day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateOption.class, description = "Last day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
            description = "day, week, month or year (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--directed", description = "Only events from A to B (default: both directions).")
    boolean directed;

    @Mixin
    OutputOptions output;

    /** The JSON document {@code dyad --json} writes. */
    record Result(String a, String b, boolean directed, String by, LocalDate from, LocalDate to,
                  List<DyadPeriod> periods) {
    }

    @Override
    public Integer call() {
        Period period = Period.parse(by);
        DateRange range = new DateRange(from, to);
        List<DyadPeriod> periods;
        try (Store s = store.open()) {
            periods = new DyadSeries(s).run(a, b, range, period, directed);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, new Result(a.toUpperCase(), b.toUpperCase(), directed, period.sqlName(),
                    from, to, periods));
            case CSV -> table(periods).printCsv(out);
            case TABLE -> {
                if (periods.isEmpty()) {
                    out.println("No events between " + a + " and " + b + " in " + store.db + ".");
                } else {
                    out.println(a.toUpperCase() + (directed ? " -> " : " <-> ") + b.toUpperCase() + ", by " + period.sqlName());
                    table(periods).printText(out);
                }
                out.flush();
            }
        }
        return 0;
    }

    static TextTable table(List<DyadPeriod> periods) {
        TextTable t = new TextTable("period", "events", "verbal_cooperation", "material_cooperation",
                "verbal_conflict", "material_conflict", "goldstein_mean", "goldstein_sum", "net_cooperation");
        for (DyadPeriod p : periods) {
            t.row(p.period(), p.events(), p.verbalCooperation(), p.materialCooperation(), p.verbalConflict(),
                    p.materialConflict(), p.goldsteinMean(), p.goldsteinSum(), p.netCooperation());
        }
        return t;
    }
}
