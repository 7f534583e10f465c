package org.touchstone.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.analysis.Restraint;

/** How restrained is each actor's criticism: the share of critical statements that only allude to their target. */
final class RestraintSection {
    static final String ID = "restraint";

    private RestraintSection() {
    }

    /** Runs the question for every actor; an unknown actor fails here, before anything is written. */
    static Map<String, Restraint.Result> results(ReportContext c) {
        Map<String, Restraint.Result> results = new LinkedHashMap<>();
        Restraint restraint = new Restraint(c.store());
        for (String actor : c.actors()) {
            results.put(actor, restraint.run(actor, c.range(), c.by()));
        }
        return results;
    }

    static ReportSection build(ReportContext c, Map<String, Restraint.Result> results) {
        String lead = "How restrained is each actor's criticism? Of its critical statements (CAMEO roots 10-13:"
                + " demand, disapprove, reject, threaten), the share that name their target and the share that only"
                + " allude to one (\"certain countries\"), per " + c.periodWord() + ". Question: touchstone restraint A.";
        List<ReportBlock> blocks = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        results.values().forEach(r -> r.periods().forEach(p -> starts.add(p.periodStart())));
        if (starts.isEmpty()) {
            blocks.add(new ReportBlock.Note("No statements yet: the store holds no critical statements of "
                    + String.join(", ", c.actors()) + " in this range. Statements come from coding text; event"
                    + " datasets have none."));
            return new ReportSection(ID, "Restraint", lead, blocks);
        }
        List<LocalDate> axis = c.axis(starts);
        Chart.Builder chart = Chart.line(ID + "-alluded-share", "Share of criticism that only alludes, by "
                        + c.periodWord(), PeriodAxis.labels(c.by(), axis))
                .axes(c.periodWord(), "alluded share")
                .yRange(0, 1)
                .description("Per " + c.periodWord() + ", the share of each actor's critical statements that do"
                        + " not name their target.");
        for (Map.Entry<String, Restraint.Result> e : results.entrySet()) {
            if (e.getValue().periods().isEmpty()) {
                continue;
            }
            Map<LocalDate, Double> share = new HashMap<>();
            e.getValue().periods().forEach(p -> share.put(p.periodStart(), p.alludedShare()));
            chart.series(ChartSeries.of(e.getKey(), axis.stream().map(share::get).toList()));
        }
        blocks.add(new ReportBlock.Figure(chart.build(), "0: every criticism names its target; 1: none does."));
        for (Map.Entry<String, Restraint.Result> e : results.entrySet()) {
            actorBlocks(c, e.getKey(), e.getValue(), blocks);
        }
        return new ReportSection(ID, "Restraint", lead, blocks);
    }

    private static void actorBlocks(ReportContext c, String actor, Restraint.Result r, List<ReportBlock> blocks) {
        blocks.add(new ReportBlock.Heading(ID + "-" + Html.slug(actor), actor));
        if (r.periods().isEmpty()) {
            blocks.add(new ReportBlock.Note("No critical statements of " + actor + " in this range."));
            return;
        }
        String evidenceId = ReportContext.evidenceId(ID, actor, "alluded");
        List<ReportBlock.Row> rows = new ArrayList<>();
        for (Restraint.Share s : r.periods()) {
            rows.add(ReportBlock.Row.linked(evidenceId, s.period(), s.critical(), s.named(), s.alluded(),
                    s.namedShare(), s.alludedShare()));
        }
        blocks.add(new ReportBlock.Table(ID + "-" + Html.slug(actor), "Critical statements of " + actor + " by "
                + c.periodWord(), List.of("period", "critical", "named", "alluded", "named_share", "alluded_share"),
                rows));
        List<ReportBlock.Row> targets = new ArrayList<>();
        for (Restraint.Share s : r.targets()) {
            targets.add(ReportBlock.Row.of(s.period(), s.target(), s.critical(), s.named(), s.alluded(),
                    s.alludedShare()));
        }
        blocks.add(new ReportBlock.Table(ID + "-" + Html.slug(actor) + "-targets", "Critical statements of " + actor
                + " by target", List.of("period", "target", "critical", "named", "alluded", "alluded_share"), targets));
        List<EvidenceItem> items = r.alludedStatements().stream().map(EvidenceItem::of).toList();
        blocks.add(new ReportBlock.Evidence(evidenceId, "Criticism by " + actor + " that only alludes to its target",
                items, items.size()));
    }
}
