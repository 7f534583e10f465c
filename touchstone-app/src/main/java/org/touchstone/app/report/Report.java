package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.List;

import org.touchstone.analysis.Period;

/**
 * A report as built, before it is written: what it is about and its sections in order.
 *
 * @param by        the period the time series use (chosen by span unless asked for)
 * @param storeName the store's file name, without its directory, so the page does not depend on where it was
 */
public record Report(ReportRequest request, Period by, String storeName, List<ReportSection> sections) {

    public Report {
        sections = List.copyOf(sections);
    }

    public List<Chart> charts() {
        List<Chart> charts = new ArrayList<>();
        sections.forEach(s -> charts.addAll(s.charts()));
        return charts;
    }

    public List<ReportBlock.Table> tables() {
        List<ReportBlock.Table> tables = new ArrayList<>();
        sections.forEach(s -> tables.addAll(s.tables()));
        return tables;
    }
}
