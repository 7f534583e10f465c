package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.List;

import org.touchstone.analysis.Providers;

/** The knowledge market: who reported what, how much they overlap, and where they frame the same story differently. */
final class ProvidersSection {
    static final String ID = "providers";
    private static final int ROWS_SHOWN = 15;

    private ProvidersSection() {
    }

    static ReportSection build(ReportContext c) {
        String lead = "How different providers report the same events: volume, tone toward each actor, the overlap"
                + " of the event clusters they cover (same day, same pair of countries, same CAMEO root; Jaccard),"
                + " clusters covered by one country's providers only, and stories coded with source and target"
                + " swapped or with opposite stances. Question: touchstone providers.";
        List<ReportBlock> blocks = new ArrayList<>();
        Providers.Result r = new Providers(c.store()).run(c.actors(), c.range());
        if (r.volume().isEmpty()) {
            blocks.add(new ReportBlock.Note("No coded documents with a provider and no GDELT mentions in this store."));
            return new ReportSection(ID, "Providers", lead, blocks);
        }
        List<Providers.Volume> volume = r.volume();
        Chart chart = Chart.bars(ID + "-volume", "Items per provider",
                        volume.stream().map(Providers.Volume::provider).toList())
                .axes("provider", "items")
                .counts()
                .description("Coded documents per provider and GDELT mentions per outlet.")
                .series(ChartSeries.of("items", volume.stream().map(v -> (double) v.items()).toList()))
                .build();
        blocks.add(new ReportBlock.Figure(chart, "Documents (coded text) and mentions (GDELT) per provider."));

        List<ReportBlock.Row> tone = new ArrayList<>();
        r.tone().forEach(t -> tone.add(ReportBlock.Row.of(t.provider(), t.actor(), t.events(), t.meanGoldstein(),
                t.meanTone())));
        blocks.add(new ReportBlock.Table(ID + "-tone", "Tone of each provider toward each actor (mean Goldstein of the"
                + " events it reported about the actor; GDELT tone for outlets)", List.of("provider", "actor", "events",
                "mean_goldstein", "mean_tone"), tone));

        List<ReportBlock.Row> overlap = new ArrayList<>();
        r.overlap().stream().limit(ROWS_SHOWN).forEach(o -> overlap.add(ReportBlock.Row.of(o.providerA(),
                o.providerB(), o.clustersA(), o.clustersB(), o.shared(), o.jaccard())));
        blocks.add(new ReportBlock.Table(ID + "-overlap", "Coverage overlap of providers over " + r.clusters()
                + " event clusters (the " + ROWS_SHOWN + " largest)", List.of("provider_a", "provider_b",
                "clusters_a", "clusters_b", "shared", "jaccard"), overlap));

        List<ReportBlock.Row> spots = new ArrayList<>();
        r.blindSpots().stream().limit(ROWS_SHOWN).forEach(b -> spots.add(ReportBlock.Row.of(b.cluster(), b.country(),
                String.join(", ", b.providers()))));
        blocks.add(new ReportBlock.Table(ID + "-blind-spots", r.blindSpots().size()
                + " blind spots: clusters covered by one country's providers only (the first " + ROWS_SHOWN + ")",
                List.of("cluster", "country", "providers"), spots));

        List<ReportBlock.Row> divergences = new ArrayList<>();
        for (Providers.Divergence d : r.divergences().subList(0, Math.min(ROWS_SHOWN, r.divergences().size()))) {
            divergences.add(ReportBlock.Row.of(d.story(), d.kind(), describe(d.first()), d.first().sentence(),
                    describe(d.second()), d.second().sentence()));
        }
        blocks.add(new ReportBlock.Table(ID + "-divergence", r.divergences().size() + " framing divergences: the same"
                + " story, two providers, side by side (the first " + ROWS_SHOWN + ")", List.of("story", "kind",
                "first", "first_sentence", "second", "second_sentence"), divergences));
        return new ReportSection(ID, "Providers", lead, blocks);
    }

    private static String describe(Providers.Report r) {
        return r.provider() + ": " + r.source() + " " + r.code() + " " + r.target();
    }
}
