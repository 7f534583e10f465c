package org.touchstone.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.analysis.DyadPeriod;
import org.touchstone.analysis.DyadSeries;

/** How each pair relates over time: net cooperation per period (the dyad question, both directions). */
final class RelationsSection {
    static final String ID = "relations";

    private RelationsSection() {
    }

    static ReportSection build(ReportContext c) {
        List<ReportBlock> blocks = new ArrayList<>();
        String lead = "How each pair relates over time: per " + c.periodWord() + ", the events between the two (both"
                + " directions) and their net cooperation, (cooperative - conflictual) / all events, from -1 (all"
                + " conflict) to +1 (all cooperation). Question: touchstone dyad A B.";
        if (c.pairs().isEmpty()) {
            blocks.add(new ReportBlock.Note("Relations need two actors; this report has one."));
            return new ReportSection(ID, "Relations over time", lead, blocks);
        }
        DyadSeries dyads = new DyadSeries(c.store());
        Map<ActorPair, List<DyadPeriod>> byPair = new LinkedHashMap<>();
        List<LocalDate> starts = new ArrayList<>();
        for (ActorPair pair : c.pairs()) {
            List<DyadPeriod> periods = dyads.run(pair.a(), pair.b(), c.range(), DyadSeries.Options.of(c.by(), false));
            byPair.put(pair, periods);
            periods.forEach(p -> starts.add(p.periodStart()));
        }
        if (starts.isEmpty()) {
            blocks.add(new ReportBlock.Note("No events between any two of " + String.join(", ", c.actors())
                    + " in this range."));
            return new ReportSection(ID, "Relations over time", lead, blocks);
        }
        List<LocalDate> axis = c.axis(starts);
        Chart.Builder chart = Chart.line("relations-net-cooperation", "Net cooperation by " + c.periodWord(),
                        PeriodAxis.labels(c.by(), axis))
                .axes(c.periodWord(), "net cooperation")
                .yRange(-1, 1)
                .description("Net cooperation of " + names(byPair) + " per " + c.periodWord() + ", from "
                        + c.by().label(axis.get(0)) + " to " + c.by().label(axis.get(axis.size() - 1))
                        + "; -1 is all conflict, +1 all cooperation. The tables below give the values.");
        for (Map.Entry<ActorPair, List<DyadPeriod>> e : byPair.entrySet()) {
            Map<LocalDate, Double> net = new HashMap<>();
            e.getValue().forEach(p -> net.put(p.periodStart(), p.netCooperation()));
            chart.series(ChartSeries.of(e.getKey().label(), axis.stream().map(net::get).toList()));
        }
        blocks.add(new ReportBlock.Figure(chart.build(), "Net cooperation of each pair; a gap is a "
                + c.periodWord() + " without events."));
        for (Map.Entry<ActorPair, List<DyadPeriod>> e : byPair.entrySet()) {
            pairBlocks(c, e.getKey(), e.getValue(), blocks);
        }
        return new ReportSection(ID, "Relations over time", lead, blocks);
    }

    private static void pairBlocks(ReportContext c, ActorPair pair, List<DyadPeriod> periods, List<ReportBlock> blocks) {
        blocks.add(new ReportBlock.Heading(ID + "-" + pair.slug(), pair.a() + " and " + pair.b()));
        if (periods.isEmpty()) {
            blocks.add(new ReportBlock.Note("No events between " + pair.a() + " and " + pair.b() + " in this range."));
            return;
        }
        Map<LocalDate, EvidenceQueries.Group> evidence = c.evidence().dyadEvents(pair.a(), pair.b(), false, false,
                c.range(), c.by(), ReportContext.EVIDENCE_SHOWN);
        List<ReportBlock.Row> rows = new ArrayList<>();
        for (DyadPeriod p : periods) {
            rows.add(ReportBlock.Row.linked(ReportContext.evidenceId(ID, pair.label(), p.period()), p.period(),
                    p.events(), p.verbalCooperation(), p.materialCooperation(), p.verbalConflict(),
                    p.materialConflict(), p.goldsteinMean(), p.netCooperation()));
        }
        blocks.add(new ReportBlock.Table(ID + "-" + pair.slug(), "Events between " + pair.a() + " and " + pair.b()
                + " by " + c.periodWord() + " (click a period for its events)",
                List.of("period", "events", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                        "material_conflict", "goldstein_mean", "net_cooperation"), rows));
        for (DyadPeriod p : periods) {
            EvidenceQueries.Group group = evidence.get(p.periodStart());
            blocks.add(new ReportBlock.Evidence(ReportContext.evidenceId(ID, pair.label(), p.period()),
                    pair.a() + " and " + pair.b() + ", " + p.period(),
                    group == null ? List.of() : group.items(), group == null ? p.events() : group.total()));
        }
    }

    private static String names(Map<ActorPair, ?> pairs) {
        return String.join(", ", pairs.keySet().stream().map(ActorPair::label).toList());
    }
}
