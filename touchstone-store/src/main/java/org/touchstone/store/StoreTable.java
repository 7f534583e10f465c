package org.touchstone.store;

import java.util.List;

/**
 * The store's tables, with the columns that identify a row (used to import without duplicates).
 */
public enum StoreTable {
    INGESTED_FILES("ingested_files", List.of("file_id")),
    DOCUMENTS("documents", List.of("doc_id")),
    EVENTS("events", List.of("dataset", "event_id")),
    STATEMENTS("statements", List.of("doc_id", "sentence_index", "statement_index")),
    MENTIONS("mentions", List.of("dataset", "event_id", "identifier")),
    REJECTED_ROWS("rejected_rows", List.of("file_id", "line"));

    private final String sqlName;
    private final List<String> keyColumns;

    StoreTable(String sqlName, List<String> keyColumns) {
        this.sqlName = sqlName;
        this.keyColumns = keyColumns;
    }

    public String sqlName() {
        return sqlName;
    }

    public List<String> keyColumns() {
        return keyColumns;
    }
}
