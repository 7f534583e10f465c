package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.touchstone.analysis.Partnership;

/** The three readings of each pair's partnership, with each other actor in turn as the third party C. */
final class PartnershipSection {
    static final String ID = "readings";

    private PartnershipSection() {
    }

    static ReportSection build(ReportContext c) {
        String lead = "Alliance, marriage of convenience, or like-minded community? For each pair, with each other"
                + " actor as the third party C, ten indicators each speak for, against, or not clearly for one of"
                + " the three readings; the summary says only what those verdicts support. Question: touchstone"
                + " assess A B --third C.";
        List<ReportBlock> blocks = new ArrayList<>();
        if (c.actors().size() < 3) {
            blocks.add(new ReportBlock.Note("The three readings need a third actor as C; this report has "
                    + c.actors().size() + " actor" + (c.actors().size() == 1 ? "" : "s") + "."));
            return new ReportSection(ID, "Three readings of each partnership", lead, blocks);
        }
        Partnership question = new Partnership(c.store());
        for (ActorPair pair : c.pairs()) {
            for (String third : c.actors()) {
                if (third.equals(pair.a()) || third.equals(pair.b())) {
                    continue;
                }
                Partnership.Result r = question.run(pair.a(), pair.b(), third, c.range(), c.by(), Map.of());
                readingBlocks(pair, third, r, blocks);
            }
        }
        return new ReportSection(ID, "Three readings of each partnership", lead, blocks);
    }

    private static void readingBlocks(ActorPair pair, String third, Partnership.Result r, List<ReportBlock> blocks) {
        String key = pair.label() + "-" + third;
        blocks.add(new ReportBlock.Heading(ID + "-" + Html.slug(key), pair.a() + " and " + pair.b() + ", with "
                + third + " as C"));
        blocks.add(new ReportBlock.Paragraph(r.summary()));
        List<String> readings = r.readings().stream().map(s -> name(s.reading())).toList();
        Chart chart = Chart.bars(ID + "-" + Html.slug(key), "Indicators for and against each reading, "
                        + pair.a() + " and " + pair.b() + " (C: " + third + ")", readings)
                .axes("reading", "indicators")
                .counts()
                .yRange(0, 4)
                .description("For each of the three readings of " + pair.a() + " and " + pair.b()
                        + ", how many of its indicators speak for it and how many against it.")
                .series(ChartSeries.of("for", r.readings().stream().map(s -> (double) s.indicatorsFor()).toList()))
                .series(ChartSeries.of("against", r.readings().stream()
                        .map(s -> (double) s.indicatorsAgainst()).toList()))
                .build();
        blocks.add(new ReportBlock.Figure(chart, "Each reading rests on three or four indicators; an indicator"
                + " that is unclear counts for neither side."));
        List<ReportBlock.Row> summary = new ArrayList<>();
        r.readings().forEach(s -> summary.add(ReportBlock.Row.of(name(s.reading()), s.indicatorsFor(),
                s.indicatorsAgainst(), s.support())));
        blocks.add(new ReportBlock.Table(ID + "-" + Html.slug(key) + "-readings", "The readings of " + pair.a()
                + " and " + pair.b() + " with " + third + " as C", List.of("reading", "for", "against", "support"),
                summary));
        List<ReportBlock.Row> rows = new ArrayList<>();
        for (Partnership.Indicator i : r.indicators()) {
            boolean hasEvidence = !i.events().isEmpty() || !i.statements().isEmpty();
            rows.add(ReportBlock.Row.linked(hasEvidence ? ReportContext.evidenceId(ID, key, i.name()) : null,
                    i.name(), name(i.reading()), i.value(), i.low(), i.high(), i.trend(), i.n(),
                    i.verdict().name().toLowerCase(Locale.ROOT), i.rule()));
        }
        blocks.add(new ReportBlock.Table(ID + "-" + Html.slug(key) + "-indicators", "Indicators of " + pair.a()
                + " and " + pair.b() + " with " + third + " as C (" + r.events() + " events between them)",
                List.of("indicator", "reading", "value", "low", "high", "trend", "n", "verdict", "rule"), rows));
        for (Partnership.Indicator i : r.indicators()) {
            if (i.events().isEmpty() && i.statements().isEmpty()) {
                continue;
            }
            List<EvidenceItem> items = new ArrayList<>();
            i.statements().forEach(s -> items.add(EvidenceItem.of(s)));
            i.events().forEach(e -> items.add(EvidenceItem.of(e)));
            blocks.add(new ReportBlock.Evidence(ReportContext.evidenceId(ID, key, i.name()), i.name() + ": "
                    + i.description(), items, items.size()));
        }
    }

    private static String name(Partnership.Reading reading) {
        return switch (reading) {
            case ALLIANCE -> "alliance";
            case CONVENIENCE -> "convenience";
            case COMMUNITY -> "community";
        };
    }
}
