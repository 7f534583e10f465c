package org.touchstone.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.touchstone.analysis.Period;
import org.touchstone.analysis.SayDo;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "saydo", mixinStandardHelpOptions = true,
        description = {"Words against deeds: per period, the mean Goldstein value of A's verbal events toward B",
                "against its material events, the gap with a bootstrap 95% interval; and how often A's",
                "intents (03x) and threats (13x) were followed by deeds within --days days."})
final class SaydoCommand implements Callable<Integer> {
    private static final int PAIRS_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "A", description = "The actor whose words and deeds are compared.")
    String a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "Toward whom (default: anyone).")
    String b;

    @Mixin
    RangeOptions dates;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "year",
            description = "day, week, month or year (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--days", paramLabel = "K", defaultValue = "" + SayDo.DEFAULT_DAYS,
            description = "Follow-through window in days (default: ${DEFAULT-VALUE}).")
    int days;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        SayDo.Result result;
        try (Store s = store.open()) {
            result = new SayDo(s).run(a, b, dates.range(), Period.parse(by), days);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, result);
            case CSV -> table(result).printCsv(out);
            case TABLE -> {
                String who = result.a() + " toward " + (result.b() == null ? "anyone" : result.b());
                if (result.periods().isEmpty()) {
                    out.println("No events of " + who + " with a Goldstein value in this range.");
                } else {
                    out.println("Words against deeds: " + who + ", by " + result.by()
                            + " (gap = verbal mean - material mean; > 0: words friendlier than deeds)");
                    table(result).printText(out);
                }
                SayDo.FollowThrough f = result.followThrough();
                out.println();
                out.println("Follow-through within " + f.days() + " days: intents " + f.intentsFollowed() + " of "
                        + f.intents() + " followed by material cooperation; threats " + f.threatsFollowed() + " of "
                        + f.threats() + " followed by material conflict.");
                f.pairs().stream().limit(PAIRS_SHOWN).forEach(p -> out.println("  " + describe(p.cue()) + "  ->  "
                        + (p.deed() == null ? "nothing within " + f.days() + " days" : describe(p.deed()))));
                if (f.pairs().size() > PAIRS_SHOWN) {
                    out.println("  ... " + (f.pairs().size() - PAIRS_SHOWN) + " more (--json lists all)");
                }
                out.flush();
            }
        }
        return 0;
    }

    static String describe(SayDo.EventRef e) {
        return e.date() + " " + e.source() + " " + e.code() + " " + e.target()
                + (e.docId() != null ? " [" + e.docId() + "#" + e.sentenceIndex() + "]" : e.url() != null ? " " + e.url() : "");
    }

    private static TextTable table(SayDo.Result result) {
        TextTable t = new TextTable("period", "verbal_mean", "material_mean", "gap", "gap_low", "gap_high",
                "verbal_n", "material_n");
        for (SayDo.SayDoPeriod p : result.periods()) {
            t.row(p.period(), p.verbalMean(), p.materialMean(), p.gap(), p.gapLow(), p.gapHigh(), p.verbalN(),
                    p.materialN());
        }
        return t;
    }
}
