package org.touchstone.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.touchstone.analysis.Audiences;
import org.touchstone.analysis.StatementRef;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "audience", mixinStandardHelpOptions = true,
        description = {"Does A speak one way to B and another at home? A's statements about B by audience",
                "(to B, domestic, multilateral, foreign media, press conference, unknown) with their mean stance,",
                "and episodes: opposite-sign statements to different audiences within --days days."})
final class AudienceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "A", description = "The speaker.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The actor spoken about.")
    String b;

    @Mixin
    RangeOptions dates;

    @Option(names = "--days", paramLabel = "W", defaultValue = "" + Audiences.DEFAULT_DAYS,
            description = "Most days between the two statements of an episode (default: ${DEFAULT-VALUE}).")
    int days;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Audiences.Result r;
        try (Store s = store.open()) {
            r = new Audiences(s).run(a, b, dates.range(), days);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, r);
            case CSV -> groups(r).printCsv(out);
            case TABLE -> {
                if (r.byAudience().isEmpty()) {
                    out.println("No statements of " + r.a() + " about " + r.b() + " in this range.");
                    out.flush();
                    return 0;
                }
                out.println("Statements of " + r.a() + " about " + r.b() + " by audience (stance: mean Goldstein)");
                groups(r).printText(out);
                out.println();
                out.println(r.episodes().size() + " episode(s) of opposite stances to different audiences within "
                        + r.days() + " days");
                for (Audiences.Episode e : r.episodes()) {
                    out.println("  " + describe(e.first()));
                    out.println("  " + describe(e.second()) + "  (" + e.daysApart() + " days later)");
                    out.println();
                }
                out.flush();
            }
        }
        return 0;
    }

    static String describe(StatementRef s) {
        return s.date() + " to " + s.audience() + ", " + s.speaker() + " " + s.code() + " (" + s.goldstein() + "): \""
                + s.quote() + "\" [" + s.docId() + "#" + s.sentenceIndex()
                + (s.provider() == null ? "" : ", " + s.provider()) + (s.url() == null ? "" : ", " + s.url()) + "]";
    }

    private static TextTable groups(Audiences.Result r) {
        TextTable t = new TextTable("audience", "statements", "mean_stance", "positive", "negative");
        r.byAudience().forEach(g -> t.row(g.audience(), g.statements(), g.meanStance(), g.positive(), g.negative()));
        return t;
    }
}
