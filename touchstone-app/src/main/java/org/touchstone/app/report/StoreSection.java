package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.touchstone.analysis.StoreStats;

/** What the store holds: its tables, its datasets and their dates, and the dyads with the most events. */
final class StoreSection {
    static final String ID = "store";
    private static final int TOP_DYADS = 10;

    private StoreSection() {
    }

    static StoreStats.Summary summary(ReportContext c) {
        return new StoreStats(c.store()).run(TOP_DYADS);
    }

    static ReportSection build(ReportContext c, StoreStats.Summary s) {
        String lead = "What the answers above rest on: the rows of each table of the store, the datasets with their"
                + " first and last dates, and the pairs of countries with the most events (whole store, not only"
                + " this report's range and actors). Question: touchstone stats.";
        List<ReportBlock> blocks = new ArrayList<>();
        if (!s.topDyads().isEmpty()) {
            Chart chart = Chart.bars(ID + "-top-dyads", "Events of the " + s.topDyads().size()
                            + " busiest directed country pairs", s.topDyads().stream()
                            .map(d -> d.sourceCountry() + ">" + d.targetCountry()).toList())
                    .axes("source > target", "events")
                    .counts()
                    .description("Number of events of the directed country pairs with the most events in the store.")
                    .series(ChartSeries.of("events", s.topDyads().stream().map(d -> (double) d.events()).toList()))
                    .build();
            blocks.add(new ReportBlock.Figure(chart, "Directed pairs: source country > target country."));
        }
        List<ReportBlock.Row> tables = new ArrayList<>();
        for (Map.Entry<String, Long> e : s.tables().entrySet()) {
            tables.add(ReportBlock.Row.of(e.getKey(), e.getValue()));
        }
        blocks.add(new ReportBlock.Table(ID + "-tables", "Rows per table", List.of("table", "rows"), tables));
        List<ReportBlock.Row> datasets = new ArrayList<>();
        s.datasets().forEach(d -> datasets.add(ReportBlock.Row.of(d.dataset(), d.events(), d.firstDate(), d.lastDate())));
        if (datasets.isEmpty()) {
            blocks.add(new ReportBlock.Note("The store holds no events."));
        } else {
            blocks.add(new ReportBlock.Table(ID + "-datasets", "Events per dataset", List.of("dataset", "events",
                    "first_date", "last_date"), datasets));
        }
        List<ReportBlock.Row> dyads = new ArrayList<>();
        s.topDyads().forEach(d -> dyads.add(ReportBlock.Row.of(d.sourceCountry(), d.targetCountry(), d.events(),
                d.goldsteinMean())));
        if (!dyads.isEmpty()) {
            blocks.add(new ReportBlock.Table(ID + "-top-dyads", "Directed country pairs with the most events",
                    List.of("source_country", "target_country", "events", "goldstein_mean"), dyads));
        }
        return new ReportSection(ID, "The store", lead, blocks);
    }
}
