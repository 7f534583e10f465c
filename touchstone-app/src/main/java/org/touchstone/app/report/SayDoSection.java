package org.touchstone.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.analysis.SayDo;

/** Words against deeds for every ordered pair: the gap between verbal and material Goldstein means. */
final class SayDoSection {
    static final String ID = "saydo";

    private SayDoSection() {
    }

    static ReportSection build(ReportContext c) {
        String lead = "Do words match deeds? Per " + c.periodWord() + ", the mean Goldstein value of A's verbal events"
                + " toward B against that of its material events; the gap is verbal - material (above 0: words"
                + " friendlier than deeds), with a 95% bootstrap interval. Intents and threats are checked for"
                + " follow-through within " + SayDo.DEFAULT_DAYS + " days. Question: touchstone saydo A B.";
        List<ReportBlock> blocks = new ArrayList<>();
        if (c.orderedPairs().isEmpty()) {
            blocks.add(new ReportBlock.Note("Words against deeds need two actors; this report has one."));
        }
        SayDo saydo = new SayDo(c.store());
        for (ActorPair pair : c.orderedPairs()) {
            SayDo.Result r = saydo.run(pair.a(), pair.b(), c.range(), c.by(), SayDo.DEFAULT_DAYS);
            pairBlocks(c, pair, r, blocks);
        }
        return new ReportSection(ID, "Words against deeds", lead, blocks);
    }

    private static void pairBlocks(ReportContext c, ActorPair pair, SayDo.Result r, List<ReportBlock> blocks) {
        blocks.add(new ReportBlock.Heading(ID + "-" + pair.slug(), pair.a() + " toward " + pair.b()));
        if (r.periods().isEmpty()) {
            blocks.add(new ReportBlock.Note("No events of " + pair.a() + " toward " + pair.b()
                    + " with a Goldstein value in this range."));
            return;
        }
        List<LocalDate> axis = c.axis(r.periods().stream().map(SayDo.SayDoPeriod::periodStart).toList());
        Map<LocalDate, SayDo.SayDoPeriod> byStart = new HashMap<>();
        r.periods().forEach(p -> byStart.put(p.periodStart(), p));
        List<Double> gap = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (LocalDate start : axis) {
            SayDo.SayDoPeriod p = byStart.get(start);
            gap.add(p == null ? null : p.gap());
            low.add(p == null ? null : p.gapLow());
            high.add(p == null ? null : p.gapHigh());
        }
        Chart chart = Chart.bars(ID + "-" + pair.slug(), "Words minus deeds, " + pair.a() + " toward " + pair.b(),
                        PeriodAxis.labels(c.by(), axis))
                .axes(c.periodWord(), "gap (Goldstein points)")
                .description("Per " + c.periodWord() + ", the mean Goldstein value of " + pair.a()
                        + "'s verbal events toward " + pair.b() + " minus that of its material events, with 95%"
                        + " intervals; a bar above zero means words friendlier than deeds.")
                .series(ChartSeries.withInterval("gap", gap, low, high))
                .build();
        if (chart.hasValues()) {
            blocks.add(new ReportBlock.Figure(chart, "Bars: the gap; whiskers: its 95% bootstrap interval. A "
                    + c.periodWord() + " with only words or only deeds has no gap."));
        } else {
            blocks.add(new ReportBlock.Note("No " + c.periodWord() + " has both verbal and material events of "
                    + pair.a() + " toward " + pair.b() + ", so there is no gap to draw."));
        }
        Map<LocalDate, EvidenceQueries.Group> evidence = c.evidence().dyadEvents(pair.a(), pair.b(), true, true,
                c.range(), c.by(), ReportContext.EVIDENCE_SHOWN);
        List<ReportBlock.Row> rows = new ArrayList<>();
        for (SayDo.SayDoPeriod p : r.periods()) {
            rows.add(ReportBlock.Row.linked(ReportContext.evidenceId(ID, pair.label(), p.period()), p.period(),
                    p.verbalMean(), p.materialMean(), p.gap(), p.gapLow(), p.gapHigh(), p.verbalN(), p.materialN()));
        }
        blocks.add(new ReportBlock.Table(ID + "-" + pair.slug(), "Words against deeds, " + pair.a() + " toward "
                + pair.b() + ", by " + c.periodWord(), List.of("period", "verbal_mean", "material_mean", "gap",
                "gap_low", "gap_high", "verbal_n", "material_n"), rows));
        for (SayDo.SayDoPeriod p : r.periods()) {
            EvidenceQueries.Group group = evidence.get(p.periodStart());
            blocks.add(new ReportBlock.Evidence(ReportContext.evidenceId(ID, pair.label(), p.period()),
                    pair.a() + " toward " + pair.b() + ", " + p.period(),
                    group == null ? List.of() : group.items(),
                    group == null ? p.verbalN() + p.materialN() : group.total()));
        }
        SayDo.FollowThrough f = r.followThrough();
        blocks.add(new ReportBlock.Table(ID + "-" + pair.slug() + "-follow-through", "Follow-through of "
                + pair.a() + "'s intents and threats toward " + pair.b() + " within " + f.days() + " days",
                List.of("cue", "cues", "followed", "share"),
                List.of(ReportBlock.Row.of("intent (03) then material cooperation (06-08)", f.intents(),
                                f.intentsFollowed(), f.intentShare()),
                        ReportBlock.Row.of("threat (13) then material conflict (15-20)", f.threats(),
                                f.threatsFollowed(), f.threatShare()))));
        if (!f.pairs().isEmpty()) {
            blocks.add(new ReportBlock.FollowThrough(ReportContext.evidenceId(ID, pair.label(), "follow-through"),
                    "Each intent or threat of " + pair.a() + " toward " + pair.b() + " and the first deed after it",
                    f.pairs(), f.days()));
        }
    }
}
