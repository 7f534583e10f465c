package org.touchstone.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.touchstone.analysis.Providers;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "providers", mixinStandardHelpOptions = true,
        description = {"The knowledge market: how providers report the same events. Volume per provider, tone",
                "toward each actor, coverage overlap (Jaccard over event clusters: same day, same pair of",
                "countries, same CAMEO root), blind spots covered by one country's providers only, and framing",
                "divergence (source and target swapped, or opposite stances) with the sentences side by side."})
final class ProvidersCommand implements Callable<Integer> {
    private static final int SHOWN = 15;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--actors", paramLabel = "A,B,...", split = ",",
            description = "Only events with one of these actors (code prefixes), and tone toward them.")
    List<String> actors;

    @Mixin
    RangeOptions dates;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Providers.Result r;
        try (Store s = store.open()) {
            r = new Providers(s).run(actors == null ? List.of() : actors, dates.range());
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, r);
            case CSV -> tone(r).printCsv(out);
            case TABLE -> {
                if (r.volume().isEmpty()) {
                    out.println("No documents with a provider and no GDELT mentions in this store.");
                    out.flush();
                    return 0;
                }
                TextTable volume = new TextTable("provider", "provider_country", "kind", "items");
                r.volume().forEach(v -> volume.row(v.provider(), v.providerCountry(), v.kind(), v.items()));
                volume.printText(out);
                out.println();
                tone(r).printText(out);
                out.println();
                out.println(r.clusters() + " event clusters; the providers that overlap most (Jaccard):");
                TextTable overlap = new TextTable("provider_a", "provider_b", "clusters_a", "clusters_b", "shared",
                        "jaccard");
                r.overlap().stream().limit(SHOWN).forEach(o -> overlap.row(o.providerA(), o.providerB(), o.clustersA(),
                        o.clustersB(), o.shared(), o.jaccard()));
                overlap.printText(out);
                out.println();
                out.println(r.blindSpots().size() + " blind spot(s): clusters covered by one country's providers only");
                r.blindSpots().stream().limit(SHOWN).forEach(b -> out.println("  " + b.cluster() + "  only "
                        + b.country() + ": " + String.join(", ", b.providers())));
                out.println();
                out.println(r.divergences().size() + " framing divergence(s)");
                for (Providers.Divergence d : r.divergences().subList(0, Math.min(SHOWN, r.divergences().size()))) {
                    out.println("  " + d.story() + " (" + d.kind() + ")");
                    out.println("    " + describe(d.first()));
                    out.println("    " + describe(d.second()));
                }
                out.flush();
            }
        }
        return 0;
    }

    private static String describe(Providers.Report r) {
        return r.provider() + ": " + r.source() + " " + r.code() + " " + r.target()
                + (r.sentence() == null ? "" : " \"" + r.sentence() + "\"") + (r.url() == null ? "" : " " + r.url());
    }

    private static TextTable tone(Providers.Result r) {
        TextTable t = new TextTable("provider", "actor", "events", "mean_goldstein", "mean_tone");
        r.tone().forEach(x -> t.row(x.provider(), x.actor(), x.events(), x.meanGoldstein(), x.meanTone()));
        return t;
    }
}
