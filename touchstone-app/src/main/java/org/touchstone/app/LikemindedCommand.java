package org.touchstone.app;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.touchstone.analysis.LikeMindedness;
import org.touchstone.analysis.Period;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "likeminded", mixinStandardHelpOptions = true,
        description = {"How like-minded are A and B, judged by their words? Their stances toward the third parties",
                "both speak about (mean Goldstein of verbal events and statements), compared by Pearson",
                "correlation, cosine and the Signorino-Ritter S score on the sign, with bootstrap intervals."})
final class LikemindedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Option(names = "--over", paramLabel = "X,Y,...", split = ",",
            description = "Only these third parties (country or organization codes).")
    List<String> over;

    @Option(names = "--by", paramLabel = "PERIOD", description = "Also compare per day, week, month or year.")
    String by;

    @Option(names = "--min-evidence", paramLabel = "N", defaultValue = "" + LikeMindedness.DEFAULT_MIN_EVIDENCE,
            description = "Events and statements each side needs about a third party (default: ${DEFAULT-VALUE}).")
    int minEvidence;

    @Mixin
    RangeOptions dates;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Set<String> thirds = new LinkedHashSet<>();
        if (over != null) {
            over.forEach(code -> thirds.add(code.trim().toUpperCase(Locale.ROOT)));
        }
        LikeMindedness.Result r;
        try (Store s = store.open()) {
            r = new LikeMindedness(s).run(a, b, dates.range(), by == null ? null : Period.parse(by), thirds,
                    minEvidence);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, r);
            case CSV -> similarities(r).printCsv(out);
            case TABLE -> {
                LikeMindedness.Similarity o = r.overall();
                out.println("Like-mindedness of " + r.a() + " and " + r.b() + " from their words, over " + o.thirds()
                        + " third part" + (o.thirds() == 1 ? "y" : "ies") + " both speak about (at least "
                        + r.minEvidence() + " each)");
                similarities(r).printText(out);
                if (!o.compared().isEmpty()) {
                    out.println();
                    TextTable thirdsTable = new TextTable("third", "stance_a", "n_a", "stance_b", "n_b");
                    o.compared().forEach(t -> thirdsTable.row(t.third(), t.stanceA(), t.nA(), t.stanceB(), t.nB()));
                    thirdsTable.printText(out);
                    out.println();
                    out.println("Agree most on: " + names(o.agreeMost()) + "; disagree most on: " + names(o.disagreeMost()));
                }
                out.flush();
            }
        }
        return 0;
    }

    private static String names(List<LikeMindedness.ThirdParty> thirds) {
        return thirds.isEmpty() ? "none" : String.join(", ", thirds.stream().map(LikeMindedness.ThirdParty::third).toList());
    }

    private static TextTable similarities(LikeMindedness.Result r) {
        TextTable t = new TextTable("period", "thirds", "pearson", "pearson_low", "pearson_high", "cosine",
                "cosine_low", "cosine_high", "sign_s", "sign_s_low", "sign_s_high");
        LikeMindedness.Similarity o = r.overall();
        t.row("all", o.thirds(), o.pearson(), o.pearsonLow(), o.pearsonHigh(), o.cosine(), o.cosineLow(),
                o.cosineHigh(), o.signS(), o.signSLow(), o.signSHigh());
        for (LikeMindedness.Similarity s : r.periods()) {
            t.row(s.period(), s.thirds(), s.pearson(), s.pearsonLow(), s.pearsonHigh(), s.cosine(), s.cosineLow(),
                    s.cosineHigh(), s.signS(), s.signSLow(), s.signSHigh());
        }
        return t;
    }
}
