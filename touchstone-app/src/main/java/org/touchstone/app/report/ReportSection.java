package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.List;

/** One question of the report: its anchor, title, a sentence on what it asks, and its blocks. */
public record ReportSection(String id, String title, String lead, List<ReportBlock> blocks) {

    public ReportSection {
        blocks = List.copyOf(blocks);
    }

    /** Every chart of the section. */
    public List<Chart> charts() {
        List<Chart> charts = new ArrayList<>();
        for (ReportBlock b : blocks) {
            if (b instanceof ReportBlock.Figure f) {
                charts.add(f.chart());
            }
        }
        return charts;
    }

    /** Every table of the section. */
    public List<ReportBlock.Table> tables() {
        List<ReportBlock.Table> tables = new ArrayList<>();
        for (ReportBlock b : blocks) {
            if (b instanceof ReportBlock.Table t) {
                tables.add(t);
            }
        }
        return tables;
    }
}
