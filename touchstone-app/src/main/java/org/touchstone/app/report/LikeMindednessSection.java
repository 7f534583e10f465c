package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.touchstone.analysis.LikeMindedness;

/** How like-minded each pair is, judged by their words about the third parties both speak about. */
final class LikeMindednessSection {
    static final String ID = "likeminded";
    /** Words per side and third party shown as evidence. */
    private static final int WORDS_SHOWN = 3;

    private LikeMindednessSection() {
    }

    static ReportSection build(ReportContext c) {
        String lead = "How like-minded are two actors, judged by their words? Their stances (mean Goldstein of"
                + " verbal events and statements) toward the third parties both speak about, at least "
                + LikeMindedness.DEFAULT_MIN_EVIDENCE + " times each, compared by Pearson correlation, cosine"
                + " similarity and the Signorino-Ritter S on the sign of the stances (all from -1 to +1), with 95%"
                + " bootstrap intervals over third parties. Question: touchstone likeminded A B.";
        List<ReportBlock> blocks = new ArrayList<>();
        if (c.pairs().isEmpty()) {
            blocks.add(new ReportBlock.Note("Like-mindedness needs two actors; this report has one."));
            return new ReportSection(ID, "Like-mindedness", lead, blocks);
        }
        LikeMindedness question = new LikeMindedness(c.store());
        Map<ActorPair, LikeMindedness.Result> results = new LinkedHashMap<>();
        for (ActorPair pair : c.pairs()) {
            results.put(pair, question.run(pair.a(), pair.b(), c.range(), c.by(), Set.of(),
                    LikeMindedness.DEFAULT_MIN_EVIDENCE));
        }
        List<String> labels = results.keySet().stream().map(ActorPair::label).toList();
        List<LikeMindedness.Similarity> overall = results.values().stream().map(LikeMindedness.Result::overall).toList();
        Chart chart = Chart.bars(ID + "-overall", "Like-mindedness from words, all periods", labels)
                .axes("pair", "similarity")
                .yRange(-1, 1)
                .description("For each pair, Pearson correlation, cosine similarity and sign S of their stances"
                        + " toward the third parties both speak about, with 95% intervals.")
                .series(ChartSeries.withInterval("Pearson", overall.stream().map(LikeMindedness.Similarity::pearson)
                        .toList(), overall.stream().map(LikeMindedness.Similarity::pearsonLow).toList(),
                        overall.stream().map(LikeMindedness.Similarity::pearsonHigh).toList()))
                .series(ChartSeries.withInterval("cosine", overall.stream().map(LikeMindedness.Similarity::cosine)
                        .toList(), overall.stream().map(LikeMindedness.Similarity::cosineLow).toList(),
                        overall.stream().map(LikeMindedness.Similarity::cosineHigh).toList()))
                .series(ChartSeries.withInterval("sign S", overall.stream().map(LikeMindedness.Similarity::signS)
                        .toList(), overall.stream().map(LikeMindedness.Similarity::signSLow).toList(),
                        overall.stream().map(LikeMindedness.Similarity::signSHigh).toList()))
                .build();
        if (chart.hasValues()) {
            blocks.add(new ReportBlock.Figure(chart, "Bars: each measure over all periods; whiskers: 95% intervals."
                    + " A pair needs two or more third parties for a measure."));
        } else {
            blocks.add(new ReportBlock.Note("No pair has two third parties that both actors speak about at least "
                    + LikeMindedness.DEFAULT_MIN_EVIDENCE + " times each, so no similarity can be measured yet."));
        }
        results.forEach((pair, r) -> pairBlocks(c, pair, r, blocks));
        return new ReportSection(ID, "Like-mindedness", lead, blocks);
    }

    private static void pairBlocks(ReportContext c, ActorPair pair, LikeMindedness.Result r, List<ReportBlock> blocks) {
        blocks.add(new ReportBlock.Heading(ID + "-" + pair.slug(), pair.a() + " and " + pair.b()));
        List<ReportBlock.Row> rows = new ArrayList<>();
        rows.add(row("all", r.overall()));
        r.periods().forEach(s -> rows.add(row(s.period(), s)));
        blocks.add(new ReportBlock.Table(ID + "-" + pair.slug(), "Similarity of " + pair.a() + " and " + pair.b()
                + ", over all periods and by " + c.periodWord(), List.of("period", "thirds", "pearson",
                "pearson_low", "pearson_high", "cosine", "cosine_low", "cosine_high", "sign_s", "sign_s_low",
                "sign_s_high"), rows));
        List<LikeMindedness.ThirdParty> thirds = r.overall().compared();
        if (thirds.isEmpty()) {
            blocks.add(new ReportBlock.Note("No third party that both " + pair.a() + " and " + pair.b()
                    + " speak about at least " + r.minEvidence() + " times each."));
            return;
        }
        List<ReportBlock.Row> thirdRows = new ArrayList<>();
        for (LikeMindedness.ThirdParty t : thirds) {
            thirdRows.add(ReportBlock.Row.linked(ReportContext.evidenceId(ID, pair.label(), t.third()), t.third(),
                    t.stanceA(), t.nA(), t.stanceB(), t.nB(), t.agreement()));
        }
        blocks.add(new ReportBlock.Table(ID + "-" + pair.slug() + "-thirds", "Stances of " + pair.a() + " (a) and "
                + pair.b() + " (b) toward the third parties compared, all periods", List.of("third", "stance_a", "n_a",
                "stance_b", "n_b", "agreement"), thirdRows));
        Map<String, Map<String, EvidenceQueries.Group>> words = c.evidence().stances(pair.a(), pair.b(), c.range(),
                WORDS_SHOWN);
        for (LikeMindedness.ThirdParty t : thirds) {
            List<EvidenceItem> items = new ArrayList<>();
            long total = 0;
            for (String side : List.of("a", "b")) {
                EvidenceQueries.Group g = words.getOrDefault(t.third(), Map.of()).get(side);
                if (g != null) {
                    items.addAll(g.items());
                    total += g.total();
                }
            }
            blocks.add(new ReportBlock.Evidence(ReportContext.evidenceId(ID, pair.label(), t.third()),
                    "What " + pair.a() + " and " + pair.b() + " said about " + t.third(), items, total));
        }
    }

    private static ReportBlock.Row row(String period, LikeMindedness.Similarity s) {
        return ReportBlock.Row.of(period, s.thirds(), s.pearson(), s.pearsonLow(), s.pearsonHigh(), s.cosine(),
                s.cosineLow(), s.cosineHigh(), s.signS(), s.signSLow(), s.signSHigh());
    }
}
