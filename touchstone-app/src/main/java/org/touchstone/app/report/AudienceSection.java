package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.analysis.Audiences;
import org.touchstone.analysis.StatementRef;

/** Does A speak one way to B and another at home? Statements by audience, and episodes of opposite stances. */
final class AudienceSection {
    static final String ID = "audiences";

    private AudienceSection() {
    }

    static ReportSection build(ReportContext c) {
        String lead = "Does A speak one way to B and another at home? A's statements about B by audience (to B"
                + " itself, domestic, multilateral, foreign media, press conference, unknown) with their mean stance"
                + " (Goldstein), and episodes: statements of opposite sign to different audiences within "
                + Audiences.DEFAULT_DAYS + " days, quoted side by side. Question: touchstone audience A B.";
        List<ReportBlock> blocks = new ArrayList<>();
        Audiences audiences = new Audiences(c.store());
        List<String> silent = new ArrayList<>();
        for (ActorPair pair : c.orderedPairs()) {
            Audiences.Result r = audiences.run(pair.a(), pair.b(), c.range(), Audiences.DEFAULT_DAYS);
            if (r.byAudience().isEmpty()) {
                silent.add(pair.a() + " about " + pair.b());
            } else {
                pairBlocks(pair, r, blocks);
            }
        }
        if (c.orderedPairs().isEmpty()) {
            blocks.add(new ReportBlock.Note("Audiences need two actors; this report has one."));
        } else if (silent.size() == c.orderedPairs().size()) {
            blocks.add(new ReportBlock.Note("No statements yet: the store holds no statements of these actors about"
                    + " each other in this range. Statements come from coding text (news, official statements);"
                    + " event datasets such as GDELT and ICEWS have none."));
        } else if (!silent.isEmpty()) {
            blocks.add(new ReportBlock.Note("No statements of " + String.join("; ", silent) + " in this range."));
        }
        return new ReportSection(ID, "Audiences", lead, blocks);
    }

    private static void pairBlocks(ActorPair pair, Audiences.Result r, List<ReportBlock> blocks) {
        blocks.add(new ReportBlock.Heading(ID + "-" + pair.slug(), pair.a() + " about " + pair.b()));
        List<String> names = r.byAudience().stream().map(Audiences.AudienceGroup::audience).toList();
        Chart chart = Chart.bars(ID + "-" + pair.slug(), "Stance of " + pair.a() + " about " + pair.b()
                        + " by audience", names)
                .axes("audience", "mean stance (Goldstein)")
                .description("Mean Goldstein stance of " + pair.a() + "'s statements about " + pair.b()
                        + " for each audience: " + String.join(", ", names) + ".")
                .series(ChartSeries.of("mean stance", r.byAudience().stream()
                        .map(Audiences.AudienceGroup::meanStance).toList()))
                .build();
        if (chart.hasValues()) {
            blocks.add(new ReportBlock.Figure(chart, "A bar per audience: above 0 friendly, below 0 hostile."));
        }
        List<ReportBlock.Row> rows = new ArrayList<>();
        for (Audiences.AudienceGroup g : r.byAudience()) {
            rows.add(ReportBlock.Row.linked(ReportContext.evidenceId(ID, pair.label(), g.audience()), g.audience(),
                    g.statements(), g.meanStance(), g.positive(), g.negative()));
        }
        blocks.add(new ReportBlock.Table(ID + "-" + pair.slug(), "Statements of " + pair.a() + " about " + pair.b()
                + " by audience", List.of("audience", "statements", "mean_stance", "positive", "negative"), rows));
        Map<String, List<EvidenceItem>> byAudience = new LinkedHashMap<>();
        names.forEach(n -> byAudience.put(n, new ArrayList<>()));
        for (StatementRef s : r.statements()) {
            byAudience.computeIfAbsent(s.audience(), k -> new ArrayList<>()).add(EvidenceItem.of(s));
        }
        byAudience.forEach((audience, items) -> blocks.add(new ReportBlock.Evidence(
                ReportContext.evidenceId(ID, pair.label(), audience), pair.a() + " about " + pair.b() + " to "
                + audience, items, items.size())));
        if (r.episodes().isEmpty()) {
            blocks.add(new ReportBlock.Note("No episode: no two statements of opposite sign to different audiences"
                    + " within " + r.days() + " days."));
        } else {
            blocks.add(new ReportBlock.Episodes(ReportContext.evidenceId(ID, pair.label(), "episodes"), r.episodes()));
        }
    }
}
