package org.touchstone.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.touchstone.analysis.Period;
import org.touchstone.analysis.Restraint;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restraint", mixinStandardHelpOptions = true,
        description = {"How restrained is A's criticism? Of A's critical statements (CAMEO roots 10-13), the",
                "share that name their target and the share that only allude to one, by period and target."})
final class RestraintCommand implements Callable<Integer> {
    private static final int ALLUDED_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "A", description = "The speaker.")
    String a;

    @Mixin
    RangeOptions dates;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "year",
            description = "day, week, month or year (default: ${DEFAULT-VALUE}).")
    String by;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Restraint.Result r;
        try (Store s = store.open()) {
            r = new Restraint(s).run(a, dates.range(), Period.parse(by));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, r);
            case CSV -> table(r.targets(), true).printCsv(out);
            case TABLE -> {
                if (r.periods().isEmpty()) {
                    out.println("No critical statements of " + r.a() + " in this range.");
                    out.flush();
                    return 0;
                }
                out.println("Critical statements of " + r.a() + ": named or only alluded to, by " + r.by());
                table(r.periods(), false).printText(out);
                out.println();
                out.println("By target");
                table(r.targets(), true).printText(out);
                out.println();
                out.println("Criticism that only alludes to its target:");
                r.alludedStatements().stream().limit(ALLUDED_SHOWN)
                        .forEach(st -> out.println("  " + AudienceCommand.describe(st)));
                out.flush();
            }
        }
        return 0;
    }

    private static TextTable table(List<Restraint.Share> shares, boolean withTarget) {
        TextTable t = withTarget
                ? new TextTable("period", "target", "critical", "named", "alluded", "named_share", "alluded_share")
                : new TextTable("period", "critical", "named", "alluded", "named_share", "alluded_share");
        for (Restraint.Share s : shares) {
            if (withTarget) {
                t.row(s.period(), s.target(), s.critical(), s.named(), s.alluded(), s.namedShare(), s.alludedShare());
            } else {
                t.row(s.period(), s.critical(), s.named(), s.alluded(), s.namedShare(), s.alludedShare());
            }
        }
        return t;
    }
}
