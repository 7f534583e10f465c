package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.touchstone.analysis.Audiences;
import org.touchstone.analysis.SayDo;

/** The parts a report section is made of, in the order they are shown. */
public sealed interface ReportBlock {

    /** A sub-heading within a section; {@code id} is its anchor. */
    record Heading(String id, String text) implements ReportBlock {
    }

    /** Plain explanatory text. */
    record Paragraph(String text) implements ReportBlock {
    }

    /** A short remark set apart, e.g. that a question has no data yet. */
    record Note(String text) implements ReportBlock {
    }

    /** A chart, shown inline and written as SVG and PNG. */
    record Figure(Chart chart, String caption) implements ReportBlock {
    }

    /**
     * The numbers behind a chart, also written as CSV. A row whose {@code evidenceId} is set links
     * its first cell to the evidence list with that id.
     */
    record Table(String name, String caption, List<String> columns, List<Row> rows) implements ReportBlock {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("table " + name + ": a row has " + row.cells().size()
                            + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /** One table row; cells may be null (shown empty). */
    record Row(List<Object> cells, String evidenceId) {
        public Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }

        public static Row of(Object... cells) {
            return new Row(Arrays.asList(cells), null);
        }

        /** A row whose first cell links to the evidence list {@code evidenceId}. */
        public static Row linked(String evidenceId, Object... cells) {
            return new Row(Arrays.asList(cells), evidenceId);
        }
    }

    /**
     * Evidence behind one number: the items shown, and how many there are in all ({@code total}
     * may exceed the items shown: the report shows the strongest few).
     */
    record Evidence(String id, String title, List<EvidenceItem> items, long total) implements ReportBlock {
        public Evidence {
            items = List.copyOf(items);
        }
    }

    /** Pairs of opposite statements to different audiences, shown side by side. */
    record Episodes(String id, List<Audiences.Episode> episodes) implements ReportBlock {
        public Episodes {
            episodes = List.copyOf(episodes);
        }
    }

    /** Pairs of a cue (intent or threat) and the deed that followed it, if any. */
    record FollowThrough(String id, String title, List<SayDo.FollowPair> pairs, int days)
            implements ReportBlock {
        public FollowThrough {
            pairs = List.copyOf(pairs);
        }
    }
}
