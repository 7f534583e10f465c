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
    REJECTED_ROWS("rejected_rows", List.of("file_id", "line")),
    UN_COUNTRIES("un_countries", List.of("country_code")),
    UN_ROLL_CALLS("un_roll_calls", List.of("rcid")),
    UN_ROLL_CALL_ISSUES("un_roll_call_issues", List.of("rcid", "issue")),
    UN_VOTES("un_votes", List.of("rcid", "country_code"));

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
