package org.touchstone.data;

/** The outside event formats Touchstone reads, each belonging to one dataset. */
public enum DatasetFormat {

    /** GDELT 1.0 daily files: 58 tab-separated columns, no header; historical files 57 (no SOURCEURL). */
    GDELT1_EVENTS("gdelt1", "GDELT 1.0 events (tab-separated, 57 or 58 columns)"),
    /** GDELT 1.0 events re-saved as comma CSV with a header row, "NA" for missing values. */
    GDELT1_CSV("gdelt1", "GDELT 1.0 events re-saved as comma CSV with a header row"),
    /** GDELT 2.0 15-minute event exports (*.export.CSV): 61 tab-separated columns, no header. */
    GDELT2_EVENTS("gdelt2", "GDELT 2.0 events (tab-separated, 61 columns)"),
    /** GDELT 2.0 mentions (*.mentions.CSV): 16 tab-separated columns, no header. */
    GDELT2_MENTIONS("gdelt2", "GDELT 2.0 mentions (tab-separated, 16 columns)"),
    /** ICEWS events as published on Dataverse (.tab): tab-separated with a header row. */
    ICEWS_EVENTS("icews", "ICEWS events (Dataverse .tab with header)"),
    /**
     * Touchstone's own event table as CSV with a header row (what {@code export --format csv} writes,
     * or a table built by hand); each row may name its dataset, "touchstone" by default.
     */
    TOUCHSTONE_EVENTS_CSV("touchstone", "Touchstone events (comma CSV with a header row naming event columns)");

    private final String datasetName;
    private final String description;

    DatasetFormat(String datasetName, String description) {
        this.datasetName = datasetName;
        this.description = description;
    }

    /** The dataset its records belong to, as stored in {@code Event.dataset()}: "gdelt1", "gdelt2", "icews", "touchstone". */
    public String datasetName() {
        return datasetName;
    }

    public String description() {
        return description;
    }

    /** True for formats whose records are {@code Mention}s rather than {@code Event}s. */
    public boolean hasMentions() {
        return this == GDELT2_MENTIONS;
    }
}
